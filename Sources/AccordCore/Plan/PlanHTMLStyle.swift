/// The inline stylesheet of the HTML plan: readable on a projector, clean on A4 and Letter paper.
/// (No `<` or `&` inside, so the page stays well-formed XHTML.)
enum PlanHTMLStyle {
    static let css = """
        :root { --ink: #1d2430; --muted: #5b6473; --line: #e3e6eb; --soft: #f6f7f9; --accent: #2f6fde;
          --ok: #1f8a5b; --warn: #b7791f; --bad: #c53030; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; background: #fff; color: var(--ink);
          font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1040px; margin: 0 auto; padding: 48px 56px 64px; }
        header.top { border-bottom: 3px solid var(--ink); padding-bottom: 18px; margin-bottom: 22px; }
        .eyebrow { text-transform: uppercase; letter-spacing: .12em; font-size: 13px; color: var(--muted); font-weight: 600; }
        h1 { font-size: 34px; line-height: 1.2; margin: 6px 0 12px; letter-spacing: -.01em; }
        .meta { display: flex; flex-wrap: wrap; gap: 8px 28px; color: var(--muted); font-size: 15px; align-items: center; }
        .meta strong { color: var(--ink); font-weight: 600; }
        .badge { display: inline-block; padding: 2px 10px; border-radius: 999px; font-size: 13px; font-weight: 600; }
        .badge.co { background: #e3f4ec; color: var(--ok); }
        .badge.draft { background: #fdecec; color: var(--bad); }
        .banner { border: 2px solid var(--bad); color: var(--bad); background: #fff5f5; border-radius: 8px;
          padding: 12px 16px; margin: 0 0 20px; font-weight: 600; }
        .banner span { font-weight: 400; color: var(--ink); }
        .summary { font-size: 19px; margin: 0 0 18px; }
        .stats { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 0 0 30px; }
        .stat { background: var(--soft); border-radius: 10px; padding: 12px 16px; }
        .stat b { display: block; font-size: 30px; line-height: 1.1; }
        .stat span { color: var(--muted); font-size: 14px; }
        .stat.open b { color: var(--warn); }
        section { margin: 0 0 34px; }
        section.keep, ul, .stats, header.top { page-break-inside: avoid; break-inside: avoid; }
        h2 { font-size: 22px; margin: 0 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line);
          page-break-after: avoid; break-after: avoid; }
        h3 { page-break-after: avoid; break-after: avoid; font-size: 15px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 16px 0 6px; }
        ul { margin: 0; padding-left: 22px; }
        li { margin: 4px 0; }
        .who { color: var(--muted); font-size: 14px; }
        .tag { display: inline-block; font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 999px;
          background: #fff4e0; color: var(--warn); margin-left: 6px; vertical-align: 2px; }
        .joint { font-size: 12px; color: var(--ok); font-weight: 600; white-space: nowrap; }
        .goal { border: 1px solid var(--line); border-radius: 10px; padding: 14px 18px 8px; margin: 0 0 12px;
          page-break-inside: avoid; break-inside: avoid; }
        .goal .what { font-weight: 600; font-size: 18px; }
        .goal .facts { color: var(--muted); font-size: 14px; margin-top: 2px; }
        .goal .fallback { margin: 8px 0; font-size: 15px; }
        svg { display: block; width: 100%; height: auto; }
        svg .lbl { font: 13px system-ui, sans-serif; fill: #5b6473; }
        svg .strong { fill: #163a7a; font-weight: 600; }
        svg .row { font: 17px system-ui, sans-serif; fill: #1d2430; }
        svg.timeline .lbl { font-size: 15px; }
        svg .today { fill: #c53030; }
        svg.bar { max-width: 640px; margin: 6px 0 4px; }
        table { border-collapse: collapse; width: 100%; font-size: 15px; page-break-inside: avoid; break-inside: avoid; }
        th, td { text-align: left; padding: 8px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 600; }
        tr { page-break-inside: avoid; break-inside: avoid; }
        table.raci td.l, table.raci th.l { text-align: center; width: 190px; }
        .nw { white-space: nowrap; }
        .pill { display: inline-block; min-width: 26px; padding: 2px 6px; margin: 0 2px; border-radius: 6px;
          font-weight: 700; font-size: 14px; text-align: center; }
        .pill.R { background: #dbe7fb; color: #1b4fae; }
        .pill.A { background: #1d2430; color: #fff; }
        .pill.C { background: #dff3ea; color: #17724a; }
        .pill.I { background: #eef0f3; color: #5b6473; }
        .legend { margin-top: 10px; font-size: 13px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 6px 18px; }
        svg.glyph { display: inline-block; width: 14px; height: 14px; vertical-align: -2px; margin-right: 4px; }
        .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; vertical-align: 0; }
        .progress { font-weight: 600; }
        .progress.done { color: var(--ok); } .progress.dropped { color: #6b7280; } .progress.overdue { color: var(--bad); }
        .progress.open { color: var(--accent); } .progress.moving { color: var(--warn); }
        .park { border-left: 4px solid var(--warn); background: #fffaf0; padding: 10px 14px; margin: 0 0 10px; border-radius: 0 8px 8px 0;
          page-break-inside: avoid; break-inside: avoid; }
        .park .what { font-weight: 600; }
        .sign { display: grid; grid-template-columns: 1fr 1fr; gap: 40px; margin-top: 26px; }
        .sign div { border-top: 1px solid var(--ink); padding-top: 6px; font-size: 14px; color: var(--muted); }
        .sign strong { color: var(--ink); }
        .sources { font-size: 13px; color: var(--muted); margin-bottom: 20px; }
        .sources code { font-size: 12px; }
        .brief { margin-bottom: 48px; }
        .brief header.top { margin-bottom: 12px; padding-bottom: 10px; }
        .brief h2 { font-size: 17px; margin: 14px 0 6px; padding-bottom: 3px; }
        .headline { font-size: 19px; font-weight: 600; margin: 0 0 4px; }
        .bgoals { display: grid; grid-template-columns: 1fr 1fr; gap: 6px 28px; }
        .bgoal { break-inside: avoid; }
        .bgoal .name { font-weight: 600; font-size: 15px; line-height: 1.3; overflow-wrap: anywhere; }
        .bgoal .facts { color: var(--muted); font-size: 13px; }
        .bgoal svg.bar { margin: 2px 0 0; max-width: none; }
        .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 0 28px; }
        .cols p, .brief p { margin: 0 0 2px; }
        ul.plain { list-style: none; padding: 0; margin: 0; }
        ol.asks { margin: 0; padding-left: 22px; }
        .clamp, .clamp1, .clamp3, .brief h1, .bgoal .name { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
        .clamp1 { -webkit-line-clamp: 1; }
        .clamp3 { -webkit-line-clamp: 3; }
        .more { color: var(--muted); font-size: 13px; font-style: italic; margin: 2px 0 0; }
        table.btable { font-size: 14px; }
        table.btable th, table.btable td { padding: 4px 8px; }
        .brief .sign { margin-top: 22px; }
        .appendix { border-top: 3px solid var(--ink); padding-top: 24px; }
        @page { size: auto; margin: 12mm 14mm; }
        @media print {
          body { font-size: 11pt; }
          .brief { break-after: page; page-break-after: always; margin: 0; font-size: 9.5pt; line-height: 1.35; }
          .brief h1 { font-size: 16pt; margin: 2pt 0 3pt; }
          .brief h2 { font-size: 10.5pt; margin: 7pt 0 2pt; }
          .headline { font-size: 11pt; }
          .bgoal .name { font-size: 10pt; }
          .bgoal .facts, .brief .who, .more, .brief .meta { font-size: 8.5pt; }
          table.btable { font-size: 9pt; }
          table.btable th, table.btable td { padding: 2pt 6pt; }
          .brief .sign { margin-top: 10pt; gap: 24pt; }
          .brief header.top { padding-bottom: 6pt; margin-bottom: 8pt; }
          .brief .bgoals { gap: 2pt 20pt; }
          .appendix { border-top: 0; padding-top: 0; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 22pt; }
          .summary { font-size: 12pt; }
          .stat b { font-size: 18pt; }
          section { margin-bottom: 14pt; }
          h2 { font-size: 15pt; margin-bottom: 8pt; }
          .sign { margin-top: 12pt; }
          .goal { padding: 8pt 12pt 4pt; margin-bottom: 8pt; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
