extension Folding {
    /// A name with its diacritics kept but written one way: lower case, NFC, and each word's
    /// tone mark moved to the word's end, so the two placements of official and everyday
    /// writing agree ("Thanh Hoá" and "Thanh Hóa" give the same) while names that differ only
    /// in their tones stay apart ("Thanh Hóa", "Thành Hòa", "Thạnh Hòa").
    ///
    /// It breaks ties: a name that folds like several others picks the one spelt exactly as
    /// typed, when it was typed with its diacritics.
    public static func toneKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var tone: UInt8 = 0
        func endWord() {
            if tone != 0 {
                out.append("#")
                out.append(Unicode.Scalar(0x30 + tone))
                tone = 0
            }
        }
        for scalar in TextInput.normalized(text).unicodeScalars {
            if let entry = toneTable[scalar.value], let letter = Unicode.Scalar(entry.letter) {
                out.append(letter)
                tone = entry.tone
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                endWord()
                if out.last != " " && !out.isEmpty { out.append(" ") }
            }
        }
        endWord()
        while out.last == " " { out.removeLast() }
        return String(out)
    }

    /// Whether `text` carries any diacritic (so its spelling can break a tie).
    public static func hasDiacritics(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0x80 && ($0.properties.isAlphabetic || $0.properties.generalCategory == .nonspacingMark) }
    }
}
