extension HTMLReport {
    /// The page's one style sheet, inline: a readable screen page up to 60 rem wide, and A4
    /// paper when printed, colours kept, sections not split across pages where they fit on one.
    static let style = """
        :root { --ink: #1a202c; --muted: #5a6578; --rule: #d5dbe3; --raised: #2b6cb0; --resolved: #2f855a;
          --open: #d69e2e; --answered: #68d391; --overdue: #c53030; --closed: #a0aec0; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 1.25rem 3rem; color: var(--ink); background: #fff;
          font: 15px/1.45 "Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif; }
        header { border-bottom: 3px solid var(--raised); padding-bottom: .6rem; margin-bottom: 1rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
        h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; padding-bottom: .2rem; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
        .period { margin: 0; color: var(--muted); }
        .headline { font-size: 1.05em; margin: .8rem 0 1rem; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr)); gap: .6rem; margin: 0; }
        .card { border: 1px solid var(--rule); border-radius: 6px; padding: .5rem .7rem; }
        .card dt { font-size: .8rem; color: var(--muted); }
        .card dd { margin: 0; font-size: 1.5rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        .card.resolved dd { color: var(--resolved); }
        .card.overdue dd { color: var(--overdue); }
        .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0 1.5rem; }
        table { border-collapse: collapse; width: 100%; margin: .3rem 0 .6rem; font-size: .92rem; }
        table.narrow { width: auto; min-width: 24rem; }
        th, td { text-align: left; vertical-align: top; padding: .28rem .5rem; border-bottom: 1px solid var(--rule); }
        th { background: #f3f5f8; font-weight: 600; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.date { white-space: nowrap; }
        .none, .note { color: var(--muted); font-style: italic; }
        .side { display: grid; grid-template-columns: minmax(0, 2fr) minmax(13rem, 1fr); gap: 0 1.5rem; align-items: start; }
        .side table.narrow { min-width: 0; width: 100%; }
        figure { margin: .5rem 0 1rem; }
        figure svg { display: block; width: 100%; height: auto; max-width: 42rem; }
        svg text { font-family: inherit; fill: var(--ink); }
        svg .tick, svg .label { font-size: 11px; fill: var(--muted); }
        svg .value { font-size: 11px; }
        svg .grid { stroke: var(--rule); stroke-width: 1; }
        svg .axis { stroke: var(--muted); stroke-width: 1; }
        svg .raised { fill: var(--raised); }
        svg .resolved { fill: var(--resolved); }
        svg .open { fill: var(--open); }
        svg .answered { fill: var(--answered); }
        svg .overdue { fill: var(--overdue); }
        svg .closed { fill: var(--closed); }
        footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
        @media screen and (max-width: 40rem) {
          body { padding: 1rem .75rem 2rem; }
          table { display: block; overflow-x: auto; }
          table.narrow { min-width: 0; }
          .side { grid-template-columns: minmax(0, 1fr); }
        }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 9pt; }
          h1 { font-size: 16pt; }
          h2 { font-size: 11.5pt; margin-top: 1.1rem; break-after: avoid; }
          h3 { break-after: avoid; }
          .cards { grid-template-columns: repeat(6, 1fr); }
          .columns { grid-template-columns: repeat(3, 1fr); gap: 0 1rem; break-inside: avoid; }
          table { font-size: 8.5pt; }
          th, td { padding: .18rem .4rem; }
          tr, figure, .side { break-inside: avoid; }
          thead { display: table-header-group; }
        }
        """
}
