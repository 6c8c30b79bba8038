import DocketCore

/// The heading of a report laid out as an official document of the State (Decree
/// 30/2020/NĐ-CP, art. 8 and appendix I): the issuing body on the left; the national title
/// and motto on the right, the place and date line under them; then the document's type and
/// subject, centred. The Vietnamese text, Markdown and HTML reports open with it — the weekly
/// report, the period report and the locality report alike — and the English ones go without.
///
/// Its words are the form's own, in Vietnamese whatever else is: they are not the catalogue's.
public struct OfficialHeading: Hashable, Sendable {
    /// The issuing body as given (`--issuer`, `$DOCKET_ISSUER`), nil or blank for a line to
    /// fill by hand.
    public var issuer: String?
    /// The day the report is made.
    public var date: CivilDate

    /// Makes a heading.
    public init(issuer: String?, date: CivilDate) {
        self.issuer = issuer
        self.date = date
    }

    /// The heading a report in `catalogue`'s language takes: this one for Vietnamese, none for
    /// another language.
    public static func forReport(in catalogue: ReportCatalogue, issuer: String?, madeOn date: CivilDate) -> OfficialHeading? {
        catalogue.languageCode == "vi" ? OfficialHeading(issuer: issuer, date: date) : nil
    }

    /// The national title.
    public static let nationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    /// The motto under it.
    public static let motto = "Độc lập - Tự do - Hạnh phúc"
    /// Where the ministry keeping the register issues its documents.
    public static let place = "Hà Nội"
    /// The issuing body's line when none is given, to fill by hand.
    public static let blankIssuer = "……………"

    /// The issuing body as the form writes it, in capitals; ``blankIssuer`` when none is given.
    public var issuerLine: String {
        guard let issuer = issuer?.trimmingSpaces, !issuer.isEmpty else { return Self.blankIssuer }
        return issuer.uppercased()
    }

    /// "Hà Nội, ngày 05 tháng 02 năm 2026": a day below 10 and the months 1 and 2 with a leading
    /// 0, as the decree writes them.
    public var dateLine: String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month <= 2 ? "0\(date.month)" : "\(date.month)"
        return "\(Self.place), ngày \(day) tháng \(month) năm \(date.year)"
    }

    /// A report's title as the form sets it: the document's type in capitals ("BÁO CÁO") and,
    /// under it, its subject with a capital ("Tình hình giải quyết…"); a title that does not
    /// begin with its type, in capitals on one line.
    public static func titleLines(of title: String) -> [String] {
        let type = "Báo cáo "
        guard title.hasPrefix(type), title.count > type.count else { return [title.uppercased()] }
        let subject = title.dropFirst(type.count)
        return [type.trimmingSpaces.uppercased(), subject.prefix(1).uppercased() + subject.dropFirst()]
    }
}

// MARK: Text

extension OfficialHeading {
    /// How wide the issuing body's column is in text, of ``TextReport/width``; the national
    /// title's takes the rest.
    static let issuerColumns = 32

    /// The heading and `title` as text, for a report ``TextReport/width`` columns wide: each
    /// block's lines centred in its column, a rule under the issuing body and under the motto,
    /// the date line under the motto, the title centred, each block followed by a blank line.
    public func writeText(title: String, to output: OutputBuffer) {
        let width = TextReport.width
        let right = width - Self.issuerColumns
        let mottoWidth = DisplayWidth.columns(Self.motto)
        var left = TextWrapping.lines(of: issuerLine, width: Self.issuerColumns - 2)
        let issuerWidth = left.map(DisplayWidth.columns).max() ?? 0
        left.append(String(repeating: "─", count: max(3, issuerWidth / 3)))
        let nation = [Self.nationalTitle, Self.motto, String(repeating: "─", count: mottoWidth)]
        for index in 0..<max(left.count, nation.count) {
            let leftText = index < left.count ? Self.centred(left[index], in: Self.issuerColumns) : ""
            let line = index < nation.count
                ? Self.padded(leftText, to: Self.issuerColumns) + Self.centred(nation[index], in: right)
                : leftText
            TextReport.line(line, to: output)
        }
        TextReport.line(String(repeating: " ", count: Self.issuerColumns) + Self.centred(dateLine, in: right), to: output)
        output.write(byte: 0x0A)
        for line in Self.titleLines(of: title) {
            for wrapped in TextWrapping.lines(of: line, width: width) {
                TextReport.line(Self.centred(wrapped, in: width), to: output)
            }
        }
        output.write(byte: 0x0A)
    }

    /// `text` with spaces before it to centre it in `columns` (none after).
    static func centred(_ text: String, in columns: Int) -> String {
        String(repeating: " ", count: max(0, (columns - DisplayWidth.columns(text)) / 2)) + text
    }

    /// `text` with spaces after it to `columns`.
    static func padded(_ text: String, to columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - DisplayWidth.columns(text)))
    }
}

// MARK: Markdown

extension OfficialHeading {
    /// The heading and `title` as Markdown: a two-column table, centred (the issuing body and
    /// the national title its header, the motto and the date line under the latter), then the
    /// title as the level-1 heading and its subject in bold.
    public func writeMarkdown(title: String, to output: OutputBuffer) {
        let e = MarkdownReport.escaped
        let out = MarkdownOutput(output: output)
        out.line("| " + e(issuerLine) + " | " + e(Self.nationalTitle) + " |")
        out.line("| :---: | :---: |")
        out.line("|  | **" + e(Self.motto) + "** |")
        out.line("|  | _" + e(dateLine) + "_ |")
        let lines = Self.titleLines(of: title)
        out.blank()
        out.line("# " + e(lines[0]))
        for subject in lines.dropFirst() { out.paragraph("**" + e(subject) + "**") }
    }
}

// MARK: HTML

extension OfficialHeading {
    /// The heading as HTML, every text escaped: the issuing body and the national title side by
    /// side, each centred in its column and ruled under as the form rules them.
    public var html: String {
        let e = HTMLText.escaped
        return """
            <div class="official">
            <div class="issuer"><p class="body">\(e(issuerLine))</p></div>
            <div class="nation"><p class="national">\(e(Self.nationalTitle))</p><p class="motto">\(e(Self.motto))</p>\
            <p class="dateline">\(e(dateLine))</p></div>
            </div>
            """
    }

    /// `title` as the page's `h1` content, escaped: the type, and the subject on a line of its own.
    public static func htmlTitle(_ title: String) -> String {
        let lines = titleLines(of: title).map(HTMLText.escaped)
        return lines[0] + lines.dropFirst().map { "<span class=\"subject\">" + $0 + "</span>" }.joined()
    }

    /// The style the heading adds to a page: Times New Roman as the decree sets it, the two
    /// blocks in the form's places, and A4 with the decree's margins (top and bottom 20–25 mm,
    /// left 30–35, right 15–20) when printed. It comes after the page's own, which it overrides.
    public static let style = """
        body.official-document { font-family: "Times New Roman", "Liberation Serif", "Tinos", "Noto Serif", "DejaVu Serif", serif; }
        .official { display: grid; grid-template-columns: 2fr 3fr; gap: 0 1rem; text-align: center; margin: 0 0 1.2rem;
          line-height: 1.3; }
        .official p { margin: 0; }
        .official .body { font-weight: 700; }
        .official .body::after { content: ""; display: block; width: 35%; margin: .25rem auto 0; border-top: 1px solid var(--ink); }
        .official .national { font-weight: 700; }
        .official .motto { font-weight: 700; display: inline-block; padding-bottom: .15rem; border-bottom: 1px solid var(--ink); }
        .official .dateline { font-style: italic; margin-top: .5rem; }
        body.official-document header { text-align: center; border-bottom: 0; }
        body.official-document h1 { font-size: 1.35rem; text-transform: none; }
        h1 .subject { display: block; font-size: 1.05rem; margin-top: .2rem; }
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
        @media print {
          .official { font-size: 10.5pt; }
          body.official-document h1 { font-size: 13pt; }
          h1 .subject { font-size: 11.5pt; }
        }
        """
}
