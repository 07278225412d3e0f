/// The deck the two leads present together (`accord plan --format slides`): one self-contained
/// HTML file, a slide per screen, each naming its presenter. No external fetches; readable with
/// scripts off (the slides are stacked); a small inline script moves with the arrow keys. Prints
/// one slide per landscape page.
public enum PlanSlides {
    /// The deck.
    public static func render(_ plan: Plan) -> String {
        let e = PlanHTML.esc
        let deck = PlanPresentation(plan)
        let total = deck.turns.count + 1
        var h: [String] = []
        h.append("<!DOCTYPE html>")
        h.append("<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">")
        h.append("<head>")
        h.append("<meta charset=\"utf-8\" />")
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
        h.append("<title>\(e(plan.title)) · slides</title>")
        h.append("<style>\n\(PlanHTMLStyle.css)\n\(css)\n</style>")
        h.append("</head>")
        h.append("<body class=\"deck\">")
        // The cover: both leads.
        let both = [Role.sales, .marketing].map { "\(e(PlanPresentation.name($0, plan))) (\($0.label))" }.joined(separator: " and ")
        h.append("<section class=\"slide cover\" id=\"slide-1\">")
        h.append("<div class=\"eyebrow\">Sales &amp; Marketing plan · \(e(plan.date))</div>")
        h.append("<h1>\(e(plan.title))</h1>")
        h.append("<p class=\"lead\">\(e(PlanBrief.headline(plan)))</p>")
        if plan.isDraft { h.append("<div class=\"banner\">DRAFT — not yet co-created. <span>\(e(plan.draftReason ?? ""))</span></div>") }
        h.append("<div class=\"presenter\">Presented together by \(both)</div>")
        h.append("<div class=\"num\">1 / \(total)</div>")
        h.append("</section>")
        for (i, turn) in deck.turns.enumerated() {
            let name = PlanPresentation.name(turn.presenter, plan)
            h.append("<section class=\"slide \(turn.presenter.rawValue)\" id=\"slide-\(i + 2)\">")
            h.append(
                "<div class=\"presenter\"><span class=\"voice\">\(turn.presenter == .sales ? "S" : "M")</span> Presented by <strong>\(e(name))</strong> (\(turn.presenter.label))</div>"
            )
            h.append("<h2>\(e(turn.slide.title))</h2>")
            h.append("<div class=\"body\">")
            h += turn.slide.body
            h.append("</div>")
            h.append("<div class=\"num\">\(i + 2) / \(total) · \(e(plan.title))</div>")
            h.append("</section>")
        }
        h.append("<script>\n\(script)\n</script>")
        h.append("</body>")
        h.append("</html>")
        return h.joined(separator: "\n") + "\n"
    }

    /// Arrow keys, Page Up/Down and space move between slides (no `<` or `&`, so the page stays XML).
    static let script = """
        (function () {
          var slides = document.querySelectorAll('.slide');
          function current() {
            var y = window.scrollY + window.innerHeight / 3, i = 0;
            slides.forEach(function (s, k) { if (y >= s.offsetTop) { i = k; } });
            return i;
          }
          document.addEventListener('keydown', function (e) {
            var i = current();
            if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].indexOf(e.key) >= 0) { i = Math.min(i + 1, slides.length - 1); }
            else if (['ArrowLeft', 'ArrowUp', 'PageUp'].indexOf(e.key) >= 0) { i = Math.max(i - 1, 0); }
            else { return; }
            e.preventDefault();
            slides[i].scrollIntoView();
          });
        })();
        """

    /// Deck layout on top of the plan's stylesheet: a 16:9 slide per screen; one landscape page each in print.
    static let css = """
        body.deck { background: #e9ecf1; font-size: 22px; }
        .slide { position: relative; background: #fff; width: min(100vw, 177.8vh); height: min(56.25vw, 100vh); margin: 0 auto 24px;
          padding: 4.5vh 5vw 6vh; overflow: hidden; display: flex; flex-direction: column; scroll-snap-align: start; }
        html { scroll-snap-type: y mandatory; }
        .slide h1 { font-size: 48px; margin: 12px 0 18px; }
        .slide h2 { font-size: 36px; border: 0; margin: 8px 0 14px; }
        .slide h3 { font-size: 17px; margin: 14px 0 4px; }
        .slide p { margin: 0 0 8px; }
        .slide .lead { font-size: 26px; max-width: 36em; }
        .slide .body { flex: 1; min-height: 0; }
        .slide .goal { padding: 8px 14px 4px; margin-bottom: 8px; }
        .slide table { font-size: 18px; }
        .slide table th, .slide table td { padding: 5px 10px; }
        .slide svg.timeline { max-height: 64vh; width: auto; max-width: 100%; }
        .slide .handoff { margin-top: 12px; }
        .slide .resolve { font-size: 16px; margin-top: 4px; }
        .slide ol.asks li { font-size: 28px; margin: 10px 0; }
        .presenter { font-size: 17px; color: var(--muted); }
        .presenter strong { color: var(--ink); }
        .voice { display: inline-block; width: 28px; height: 28px; line-height: 28px; text-align: center; border-radius: 50%;
          font-weight: 700; margin-right: 6px; border: 2px solid var(--ink); }
        .slide.sales .voice { background: var(--ink); color: #fff; }
        .slide.marketing .voice { background: #fff; color: var(--ink); }
        .cover .presenter { margin-top: auto; font-size: 22px; }
        .num { position: absolute; right: 5vw; bottom: 2.5vh; font-size: 14px; color: var(--muted); }
        @media print {
          @page { size: landscape; margin: 0; }
          body.deck { background: #fff; font-size: 17pt; }
          .slide h3 { font-size: 11pt; } .presenter { font-size: 12pt; } .slide .resolve { font-size: 12pt; }
          .slide { width: 100vw; height: 100vh; margin: 0; break-after: page; page-break-after: always; padding: 10mm 14mm 14mm; }
          .slide:last-of-type { break-after: auto; page-break-after: auto; }
          .slide h1 { font-size: 30pt; } .slide h2 { font-size: 22pt; } .slide .lead { font-size: 16pt; }
          .slide table { font-size: 13pt; } .slide .legend { font-size: 10pt; } .slide ol.asks li { font-size: 17pt; }
          .num { right: 14mm; bottom: 6mm; }
        }
        """
}
