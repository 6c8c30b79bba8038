import DocketCore

extension HTMLReport {
    /// The trend as inline SVG: a pair of bars per week or month, problems raised and
    /// resolutions recorded, on a scale with round steps, each bar with its figure above it and
    /// a tooltip.
    static func trendChart(_ report: ResolutionReport, catalogue c: ReportCatalogue) -> String {
        let e = HTMLText.escaped
        let (width, height) = (640, 250)
        let (left, right, top, bottom) = (40, 12, 34, 36)
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let peak = report.trend.map { max($0.raised, $0.resolved) }.max() ?? 0
        let (step, ceiling) = scale(peak)
        func y(_ value: Int) -> Int { top + plotHeight - value * plotHeight / ceiling }

        var svg = """
            <svg class="chart trend" viewBox="0 0 \(width) \(height)" \
            role="img" aria-labelledby="trend-title">
            <title id="trend-title">\(e(c.trendChartDescription))</title>

            """
        for value in stride(from: 0, through: ceiling, by: step) {
            svg += "<line class=\"grid\" x1=\"\(left)\" y1=\"\(y(value))\" x2=\"\(width - right)\" y2=\"\(y(value))\"/>"
            svg += "<text class=\"tick\" x=\"\(left - 6)\" y=\"\(y(value) + 4)\" text-anchor=\"end\">\(value)</text>\n"
        }
        let slot = plotWidth / max(1, report.trend.count)
        let bar = min(26, (slot - 14) / 2)
        for (index, point) in report.trend.enumerated() {
            let x = left + index * slot + (slot - 2 * bar - 4) / 2
            let label = point.period.description
            for (offset, value, kind, name) in [(0, point.raised, "raised", c.raised), (bar + 4, point.resolved, "resolved", c.resolved)] {
                let barTop = y(value)
                svg += "<rect class=\"bar \(kind)\" x=\"\(x + offset)\" y=\"\(barTop)\" width=\"\(bar)\" height=\"\(y(0) - barTop)\">"
                svg += "<title>\(e(label)): \(e(name)) \(value)</title></rect>"
                if value > 0 {
                    svg += "<text class=\"value\" x=\"\(x + offset + bar / 2)\" y=\"\(barTop - 4)\" text-anchor=\"middle\">\(value)</text>"
                }
                svg += "\n"
            }
            svg += "<text class=\"label\" x=\"\(left + index * slot + slot / 2)\" y=\"\(height - bottom + 16)\" "
            svg += "text-anchor=\"middle\">\(e(axisLabel(point.period)))</text>\n"
        }
        svg += "<line class=\"axis\" x1=\"\(left)\" y1=\"\(y(0))\" x2=\"\(width - right)\" y2=\"\(y(0))\"/>\n"
        svg += legend([("raised", c.raised), ("resolved", c.resolved)], x: left, y: 8)
        svg += "</svg>"
        return svg
    }

    /// The units' problems as inline SVG: a bar per unit (and one for the problems no unit
    /// owns), as long as the problems it owned, in parts — resolved, open and not overdue,
    /// overdue, closed — with the total at its end.
    static func unitChart(_ report: ResolutionReport, catalogue c: ReportCatalogue) -> String {
        barChart(id: "units", description: c.unitChartDescription, rows: report.units.map { row in
            let code = row.unit?.handle ?? c.noUnit
            return (code, row.unit.map { "\($0.handle): \($0.name)" } ?? c.noUnit,
                    [("resolved", row.resolved, c.resolved), ("open", row.open - row.overdue, c.openNotOverdue),
                     ("overdue", row.overdue, c.overdue), ("closed", row.closed, c.closed)], row.assigned)
        }, legend: [("resolved", c.resolved), ("open", c.openNotOverdue), ("overdue", c.overdue), ("closed", c.closed)])
    }

    /// What was sent beyond the ministry's authority as inline SVG: a bar per destination, as
    /// long as the problems last sent there, in parts — resolved, answered and not resolved,
    /// open and not answered, closed — with the total at its end.
    static func destinationChart(_ report: ResolutionReport, catalogue c: ReportCatalogue) -> String {
        barChart(id: "beyond", description: c.beyondChartDescription, rows: report.beyondAuthority.byDestination.map { row in
            let standing = row.standing
            let total = row.total
            return (row.unit.handle, "\(row.unit.handle): \(row.unit.name)",
                    [("resolved", standing.resolved, c.resolved), ("answered", standing.answered - standing.resolved, c.answered),
                     ("open", standing.open - (standing.answered - standing.resolved), c.open),
                     ("closed", total - standing.open - standing.resolved, c.closed)], total)
        }, legend: [("resolved", c.resolved), ("answered", c.answered), ("open", c.open), ("closed", c.closed)])
    }

    /// Horizontal bars, a row each: its short label (its whole label as a tooltip), its parts
    /// end to end (kind, value, name; a part of 0 is left out) and its total after them.
    private static func barChart(id: String, description: String,
                                 rows: [(label: String, tooltip: String, parts: [(String, Int, String)], total: Int)],
                                 legend entries: [(kind: String, label: String)]) -> String {
        let e = HTMLText.escaped
        let rowHeight = 26
        let (labelWidth, top, width) = (150, 34, 640)
        let barStart = labelWidth + 8
        let barSpace = width - barStart - 40
        let height = top + rows.count * rowHeight + 6
        let peak = max(1, rows.map(\.total).max() ?? 0)

        var svg = """
            <svg class="chart \(id)" viewBox="0 0 \(width) \(height)" \
            role="img" aria-labelledby="\(id)-title">
            <title id="\(id)-title">\(e(description))</title>

            """
        for (index, row) in rows.enumerated() {
            let y = top + index * rowHeight
            svg += "<text class=\"label\" x=\"\(labelWidth)\" y=\"\(y + 16)\" text-anchor=\"end\">\(e(shortened(row.label)))"
            svg += "<title>\(e(row.tooltip))</title></text>\n"
            var x = barStart
            for (kind, value, name) in row.parts where value > 0 {
                let length = max(2, value * barSpace / peak)
                svg += "<rect class=\"bar \(kind)\" x=\"\(x)\" y=\"\(y + 4)\" width=\"\(length)\" height=\"\(rowHeight - 8)\">"
                svg += "<title>\(e(row.label)): \(e(name)) \(value)</title></rect>\n"
                x += length
            }
            svg += "<text class=\"value\" x=\"\(x + 6)\" y=\"\(y + 16)\">\(row.total)</text>\n"
        }
        svg += legend(entries, x: barStart, y: 8)
        svg += "</svg>"
        return svg
    }

    /// Coloured squares and their names in a row, from (`x`, `y`).
    private static func legend(_ entries: [(kind: String, label: String)], x: Int, y: Int) -> String {
        var svg = "<g class=\"legend\">"
        var position = x
        for entry in entries {
            svg += "<rect class=\"\(entry.kind)\" x=\"\(position)\" y=\"\(y)\" width=\"12\" height=\"12\"/>"
            svg += "<text class=\"label\" x=\"\(position + 16)\" y=\"\(y + 10)\">\(HTMLText.escaped(entry.label))</text>"
            // Legends are the catalogue's short words: about 7 px a character at 11 px.
            position += 16 + DisplayWidth.columns(entry.label) * 7 + 18
        }
        return svg + "</g>\n"
    }

    /// A scale for values up to `peak`: a round step (1, 2 or 5 times a power of ten) giving at
    /// most five steps, and the top of the scale, a multiple of it (at least one step).
    static func scale(_ peak: Int) -> (step: Int, ceiling: Int) {
        var magnitude = 1
        while true {
            for factor in [1, 2, 5] {
                let step = factor * magnitude
                if peak <= step * 5 {
                    return (step, max(step, (peak + step - 1) / step * step))
                }
            }
            magnitude *= 10
        }
    }

    /// A span of the trend as its axis names it: `W35` for a week, `08` for a month, the first
    /// day (`08-26`) for a part of one cut by the period's ends.
    private static func axisLabel(_ period: ReportPeriod) -> String {
        switch period.kind {
        case .week(let week): String(week.description.suffix(3))
        case .month(_, let month): String(period.description.suffix(2)) + (month == 1 ? "/" + String(period.from.year) : "")
        default: String(period.from.description.suffix(5))
        }
    }

    /// A unit's code cut to 20 characters for the chart's labels; the table has it whole.
    private static func shortened(_ code: String) -> String {
        code.count <= 20 ? code : String(code.prefix(19)) + "…"
    }
}

