import DocketCore
import FuzzDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNames(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let folded = Folding.fold(text)
    precondition(Folding.fold(folded) == folded, "folding twice changed \(text.debugDescription)")
    let key = Folding.key(text)
    precondition(Folding.key(key) == key, "keying twice changed \(text.debugDescription)")
    precondition(Folding.key(TextInput.normalized(text)) == key, "NFC changed the key of \(text.debugDescription)")
    let place = PlaceName.parse(text)
    // A name with any letter or digit in it keeps some of them once its prefix is taken off.
    precondition(!place.name.isEmpty || key.isEmpty, "a prefix took the whole name of \(text.debugDescription)")
    _ = DisplayWidth.columns(text)
    _ = try? TextInput.title(text)
    return 0
}

@_cdecl("FuzzNames_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    fuzz(argc, argv) { fuzzNames($0, $1) }
}
