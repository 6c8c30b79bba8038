import Foundation

/// `text` in Unicode NFD, as some keyboards and file systems give Vietnamese: tone marks and
/// other diacritics as combining marks after their letter.
public func nfd(_ text: String) -> String {
    text.decomposedStringWithCanonicalMapping
}
