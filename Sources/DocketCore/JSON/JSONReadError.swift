/// Why ``JSONReader`` refused a document, and where, as data: a front end says it in the
/// reader's language (an HTTP server as a 400 problem naming the offset).
///
/// Every `offset` counts bytes from the start of the input as given, a byte order mark
/// included. An offset equal to the input's length means the input ended too early.
public enum JSONReadError: Error, Hashable, Sendable {
    /// No value at all: nothing, or only white space.
    case empty
    /// Bytes that are not UTF-8 inside a string (an overlong form, a surrogate, a code point
    /// above U+10FFFF, a sequence cut short); `offset` is that of the sequence's first byte.
    case invalidUTF8(offset: Int)
    /// A byte the grammar does not allow where it stands (or the end, for a document cut short):
    /// a trailing comma, a bad literal, a malformed number, a key that is not a string.
    case unexpected(offset: Int)
    /// A string whose closing quote never comes; `offset` is that of its opening quote.
    case unterminatedString(offset: Int)
    /// A backslash not followed by one of `" \ / b f n r t` or by `u` and four hexadecimal
    /// digits; `offset` is that of the backslash.
    case invalidEscape(offset: Int)
    /// A control character (U+0000–U+001F) written as it is inside a string, where JSON
    /// requires it escaped.
    case controlCharacter(offset: Int)
    /// A `\u` escape of a UTF-16 surrogate that is not half of a pair (a high one followed by
    /// a low one); `offset` is that of its backslash.
    case loneSurrogate(offset: Int)
    /// A key given twice in one object: a request body must not be ambiguous. Keys are compared
    /// as Swift compares strings, so `"é"` and `"e\u0301"` are the same key, as they are to
    /// ``JSONValue/member(_:)`` and would be once the text is normalised.
    case duplicateKey(String)
    /// Arrays and objects nested deeper than ``JSONReader/maximumDepth``.
    case tooDeep
    /// A number too large for a `Double` (`1e400`); `offset` is that of its first byte.
    case numberOutOfRange(offset: Int)
    /// More than white space after the document's one value.
    case trailingContent(offset: Int)
}
