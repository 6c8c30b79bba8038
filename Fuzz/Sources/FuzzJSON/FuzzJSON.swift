import DocketCore
import FuzzDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: count)
    let result = Result { () throws(JSONReadError) in try JSONReader.parse(bytes) }
    // Read in place or copied first, the answer is the same.
    let copied = Result { () throws(JSONReadError) in try JSONReader.parse(bytes.lazy.map { $0 }) }
    precondition(result == copied, "reading a copy changed the result")
    let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
    switch result {
    case .success(let value):
        // Bytes above ASCII are read only inside strings, and only as UTF-8.
        precondition(isUTF8, "a document that is not UTF-8 was read")
        // What was read, written back, reads the same, pretty or compact.
        for pretty in [true, false] {
            let again = Result { () throws(JSONReadError) in try JSONReader.parse(value.rendered(pretty: pretty).utf8) }
            precondition(again == .success(value), "written JSON does not read back the same")
        }
    case .failure(.invalidUTF8):
        precondition(!isUTF8, "UTF-8 refused as not UTF-8")
    case .failure:
        break
    }
    return 0
}

@_cdecl("FuzzJSON_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    fuzz(argc, argv) { fuzzJSON($0, $1) }
}
