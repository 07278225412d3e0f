/// The BLIND set: phrasings written before the parsers were run or tuned, never tuned on since.
/// Its pass rate (and every failure) is reported in docs/understanding.md; `UnderstandingBlindTests`
/// checks that the figure there is the real one. Same table format as docs/understanding.md:
/// today is Mon 30 Nov 2026, Priya Raman (Sales) and Tomás Okafor (Marketing).
enum UnderstandingBlindSet {
    static let table = """
        ### dates
        | input | context | understood as |
        |---|---|---|
        | by the end of February | | Sun 28 Feb 2027 |
        | Feb 14th | | Sun 14 Feb 2027 |
        | no later than 1 April 2027 | | Thu 1 Apr 2027 |
        | 15/01/2027 | | Fri 15 Jan 2027 |
        | 04/05/2027 | | ask: Tue 4 May 2027 or Mon 5 Apr 2027 |
        | in three weeks | | Mon 21 Dec 2026 |
        | next Tuesday | | Tue 8 Dec 2026 |
        | end of next quarter | | Wed 31 Mar 2027 |
        | 10 Dec 2025 | | past: Wed 10 Dec 2025 |
        | mid-Feb | | Mon 15 Feb 2027 |
        | by Christmas | | Fri 25 Dec 2026 |
        | H2 2027 | | Fri 31 Dec 2027 |
        | the 3rd of January | | Sun 3 Jan 2027 |
        | within a month | | Wed 30 Dec 2026 |
        | end of year | | Thu 31 Dec 2026 |
        | sometime soon | | refused (e.g. 31 March) |

        ### owners
        | input | context | understood as |
        |---|---|---|
        | OKAFOR | | @marketing |
        | priya r | | @sales |
        | the two of us | | @both |
        | me | Tomás speaking | @marketing |
        | you | Priya speaking | @marketing |
        | Jamie from RevOps | | confirm: Jamie from RevOps |
        | marketing team | | @marketing |
        | Tomas and Priya | | @both |

        ### goals
        | input | context | understood as |
        |---|---|---|
        | Lead-to-SQL conversion from 9% to 14% by end of Q2, owner Tomás | | metric Lead-to-SQL conversion · baseline 9% · target 14% · date Wed 30 Jun 2027 · owner @marketing |
        | MQL follow-up time 72h → 24h by 31 March — Priya | | metric MQL follow-up time · baseline 72h · target 24h · date Wed 31 Mar 2027 · owner @sales |
        | Double demo requests from 40 a month by June | | metric demo requests · baseline 40 a month · target 80 a month (40 → 80 (×2)) · date Wed 30 Jun 2027 |
        | Cut cost per lead by a third from €90, owner both | | metric cost per lead · baseline €90 · target €60 (€90 → €60 (−33%)) · owner @both |
        | Pipeline from marketing: €1.2M to €2M by H1 2027 | | metric Pipeline from marketing · baseline €1.2M · target €2M · date Wed 30 Jun 2027 |
        | not tracked yet | at baseline | baseline unknown |
        | 30 June | at target | refused (e.g. 25%) |
        | about 120 a month | at baseline | baseline 120 a month |
        | 18% | at date | refused (e.g. 30 June) |

        ### actions
        | input | context | understood as |
        |---|---|---|
        | Priya: share the win/loss notes with Tomás by 12 Feb | | text Share the win/loss notes with Tomás · owner @sales · due Fri 12 Feb 2027 |
        | I'll draft the lead definition by next Friday | Tomás speaking | text Draft the lead definition · owner @marketing · due Fri 11 Dec 2026 |
        | Tomás to set up the shared dashboard, due 2027-01-20 | | text Set up the shared dashboard · owner @marketing · due Wed 20 Jan 2027 |

        ### raci
        | input | context | understood as |
        |---|---|---|
        | R: Marketing, A: Sales, I: both | | Sales A I · Marketing R I |
        | Priya accountable; Tomás consulted and informed | | Sales A · Marketing C I |
        | both accountable | | refused (e.g. sales: A, marketing: R) |
        | Sales RA, Marketing - | | Sales R A · Marketing – |

        ### reviews
        | input | context | understood as |
        |---|---|---|
        | delayed — waiting on legal; new date 15 March | | slipped · reason waiting on legal · date Mon 15 Mar 2027 |
        | dropped, the event was cancelled | | dropped · reason the event was cancelled |
        | in progress — two of five reports done | | in-progress · reason two of five reports done |
        | 28 February | after: slipped — the vendor was late | slipped · reason the vendor was late · date Sun 28 Feb 2027 |
        | pushed to end of January because the data wasn't ready | | slipped · reason the data wasn't ready · date Sun 31 Jan 2027 |
        """
}
