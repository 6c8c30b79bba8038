import Testing
@testable import DocketCore

/// `bytes` in lower-case hexadecimal.
private func hex(_ bytes: [UInt8]) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
}

@Suite struct SHA256GivesTheNISTDigests {
    @Test func theEmptyMessage() {
        #expect(hex(SHA256.hash([UInt8]())) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func abc() {
        #expect(hex(SHA256.hash("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func theFourHundredAndFortyEightBitMessage() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(message.utf8.count == 56)
        #expect(hex(SHA256.hash(message.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func theEightHundredAndNinetySixBitMessage() {
        let message = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(hex(SHA256.hash(message.utf8)) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func oneMillionAs() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(hex(SHA256.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))) == expected)
        // Given in uneven pieces, and as a sequence with no contiguous storage, it is the same.
        var hasher = SHA256()
        var given = 0
        for size in [1, 63, 64, 65, 127, 1000] {
            hasher.update([UInt8](repeating: UInt8(ascii: "a"), count: size))
            given += size
        }
        hasher.update(repeatElement(UInt8(ascii: "a"), count: 1_000_000 - given))
        #expect(hex(hasher.finalize()) == expected)
    }

    @Test func everyLengthAroundABlockBoundaryPadsRight() {
        // Messages of 55, 56 and 64 bytes need one or two blocks of padding; a split anywhere
        // gives the digest of the whole.
        let message = [UInt8](repeating: 0x61, count: 130)
        for length in [55, 56, 63, 64, 119, 120, 128] {
            let whole = SHA256.hash(message[..<length])
            for split in 0...length {
                var hasher = SHA256()
                hasher.update(message[..<split])
                hasher.update(message[split..<length])
                #expect(hasher.finalize() == whole, "length \(length), split at \(split)")
            }
        }
        #expect(hex(SHA256.hash(message[..<64])) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }
}

@Suite struct ConstantTimeEqualityComparesEveryByte {
    @Test func equalAndUnequalArrays() {
        #expect(SHA256.constantTimeEqual([1, 2, 3], [1, 2, 3]))
        #expect(SHA256.constantTimeEqual([], []))
        #expect(!SHA256.constantTimeEqual([1, 2, 3], [1, 2, 4]))
        #expect(!SHA256.constantTimeEqual([0, 2, 3], [1, 2, 3]))
        #expect(!SHA256.constantTimeEqual([1, 2, 3], [1, 2]))
        #expect(!SHA256.constantTimeEqual([1, 2], [1, 2, 3]))
    }
}
