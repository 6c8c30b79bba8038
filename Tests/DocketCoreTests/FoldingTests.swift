import DocketTesting
import Foundation
import Testing
@testable import DocketCore

/// Every Vietnamese vowel in its six tones (none, huyền, sắc, hỏi, ngã, nặng), written out
/// by hand rather than derived from the tables under test, with the letter it folds to.
let vietnameseVowels: [(forms: String, base: String)] = [
    ("aàáảãạ", "a"), ("ăằắẳẵặ", "a"), ("âầấẩẫậ", "a"),
    ("eèéẻẽẹ", "e"), ("êềếểễệ", "e"),
    ("iìíỉĩị", "i"),
    ("oòóỏõọ", "o"), ("ôồốổỗộ", "o"), ("ơờớởỡợ", "o"),
    ("uùúủũụ", "u"), ("ưừứửữự", "u"),
    ("yỳýỷỹỵ", "y"),
    ("AÀÁẢÃẠ", "a"), ("ĂẰẮẲẴẶ", "a"), ("ÂẦẤẨẪẬ", "a"),
    ("EÈÉẺẼẸ", "e"), ("ÊỀẾỂỄỆ", "e"),
    ("IÌÍỈĨỊ", "i"),
    ("OÒÓỎÕỌ", "o"), ("ÔỒỐỔỖỘ", "o"), ("ƠỜỚỞỠỢ", "o"),
    ("UÙÚỦŨỤ", "u"), ("ƯỪỨỬỮỰ", "u"),
    ("YỲÝỶỸỴ", "y"),
]

/// `text` in Unicode Normalization Form D, by Foundation, independent of the code under test.

@Suite struct FoldingRemovesVietnameseDiacritics {
    @Test func theListCoversEveryVowelFormOnceInNFC() {
        let all = vietnameseVowels.flatMap { Array($0.forms.unicodeScalars) }
        #expect(all.count == 144)
        #expect(Set(all).count == 144)
    }

    @Test(arguments: vietnameseVowels)
    func everyToneOfEveryVowelFoldsToItsBaseLetter(forms: String, base: String) {
        for form in forms {
            #expect(Folding.fold(String(form)) == base, "\(form)")
        }
    }

    @Test(arguments: vietnameseVowels)
    func decomposedFormsFoldLikeComposedOnes(forms: String, base: String) {
        for form in forms.dropFirst() {
            let decomposed = nfd(String(form))
            #expect(decomposed.unicodeScalars.count > 1, "\(form) should decompose")
            #expect(Folding.fold(decomposed) == base, "\(form)")
        }
    }

    @Test func dWithStrokeFoldsToDInBothCases() {
        #expect(Folding.fold("đ") == "d")
        #expect(Folding.fold("Đ") == "d")
        #expect(Folding.fold("Đồng Nai") == "dong nai")
        #expect(Folding.fold("ĐẮK LẮK") == "dak lak")
        #expect(Folding.fold(nfd("Đắk Nông")) == "dak nong")
    }

    @Test func theEthThatLooksLikeDWithStrokeFoldsToD() {
        #expect(Folding.fold("Ðồng Nai") == "dong nai")
    }

    @Test func bothTonePlacementsOfOaFoldAlike() {
        #expect(Folding.fold("Hoá") == "hoa")
        #expect(Folding.fold("Hóa") == "hoa")
        #expect(Folding.fold("Thanh Hoá") == Folding.fold("Thanh Hóa"))
        #expect(Folding.fold("Khánh Hoà") == Folding.fold("Khánh Hòa"))
    }

    @Test func wholeNamesFoldInNFCAndNFD() {
        let name = "Thành phố Hồ Chí Minh"
        #expect(Folding.fold(name) == "thanh pho ho chi minh")
        #expect(Folding.fold(nfd(name)) == "thanh pho ho chi minh")
        #expect(Folding.fold("giá thuê hạ tầng") == "gia thue ha tang")
        #expect(Folding.fold("TRƯỜNG ĐẠI HỌC") == "truong dai hoc")
    }
}

@Suite struct FoldingKeepsEverythingElse {
    @Test func otherLatinLettersLoseTheirDiacriticsToo() {
        #expect(Folding.fold("Élève Müller Façade Ñandú Øresund Łódź") == "eleve muller facade nandu oresund lodz")
        #expect(Folding.fold(nfd("Élève Müller Façade Ñandú")) == "eleve muller facade nandu")
    }

    @Test func lettersWithoutABaseLetterAreOnlyLowerCased() {
        #expect(Folding.fold("ÆSIR Straße") == "æsir straße")
    }

    @Test func fullTextQuerySyntaxSurvives() {
        #expect(Folding.fold("\"Giá thuê\" hạ* -Tầng (OR)") == "\"gia thue\" ha* -tang (or)")
    }

    @Test func otherScriptsAreLowerCasedAndKept() {
        #expect(Folding.fold("ΑΘΗΝΑ 中文 Москва") == "αθηνα 中文 москва")
        #expect(Folding.fold("thuế 🇻🇳 ✅") == "thue 🇻🇳 ✅")
    }

    @Test func asciiIsOnlyLowerCased() {
        #expect(Folding.fold("can tho 92") == "can tho 92")
        #expect(Folding.fold("CAN Tho, #12!") == "can tho, #12!")
        #expect(Folding.fold("") == "")
    }
}

@Suite struct KeysCollapseEverythingButLettersAndDigits {
    @Test func punctuationAndSpacesBecomeOneSpace() {
        #expect(Folding.key("Bà Rịa - Vũng Tàu") == "ba ria vung tau")
        #expect(Folding.key("  TP.  Cần   Thơ!! ") == "tp can tho")
        #expect(Folding.key("Phường 1, Quận 3") == "phuong 1 quan 3")
        #expect(Folding.key("Hồ\tChí\nMinh") == "ho chi minh")
        #expect(Folding.key("Đắk-Lắk") == "dak lak")
    }

    @Test func aKeyOfNoWordsIsEmpty() {
        #expect(Folding.key("") == "")
        #expect(Folding.key(" - . ") == "")
    }

    @Test func keysOfNFDAndNFCAreEqual() {
        #expect(Folding.key(nfd("Bà Rịa – Vũng Tàu")) == "ba ria vung tau")
    }

    @Test func otherScriptsStayWords() {
        // Only Latin letters lose their marks: a precomposed Greek ά keeps its accent.
        #expect(Folding.key("東京 / Ελλάδα") == "東京 ελλάδα")
    }
}

@Suite struct ToneKeysBreakTies {
    @Test func bothTonePlacementsGiveOneKey() {
        #expect(Folding.toneKey("Thanh Hóa") == "thanh hoa#1")
        #expect(Folding.toneKey("Thanh Hoá") == "thanh hoa#1")
        #expect(Folding.toneKey("THANH HÓA") == "thanh hoa#1")
        #expect(Folding.toneKey("Tha\u{0300}nh Ho\u{0300}a") == "thanh#2 hoa#2")
        #expect(Folding.toneKey("Khánh Hoà") == Folding.toneKey("Khánh Hòa"))
    }

    @Test func namesThatDifferOnlyInTonesStayApart() {
        let keys = ["Thanh Hóa", "Thành Hòa", "Thạnh Hòa", "Thanh Hoa"].map(Folding.toneKey)
        #expect(Set(keys).count == 4)
        #expect(Folding.toneKey("Đồng Nai") == "đông#2 nai")
        #expect(Folding.toneKey("Bà Rịa - Vũng Tàu") == "ba#2 ria#5 vung#4 tau#2")
    }

    @Test func diacriticsAreNoticed() {
        #expect(Folding.hasDiacritics("Thanh Hóa"))
        #expect(Folding.hasDiacritics("Đ"))
        #expect(!Folding.hasDiacritics("thanh hoa"))
        #expect(!Folding.hasDiacritics("TP. Can Tho"))
    }
}
