import DocketCore
import FuzzDriver

/// Reads `bytes` as CSV in chunks of `size`: every record, then the error that stopped it.
func read(_ bytes: [UInt8], chunk size: Int) -> ([CSVRecord], String?) {
    var reader = CSVReader(bytes: bytes, chunkSize: size)
    var records: [CSVRecord] = []
    do {
        while let record = try reader.next() {
            records.append(record)
            if records.count > 100_000 { break }
        }
        return (records, nil)
    } catch {
        return (records, "\(error)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let small = read(bytes, chunk: 3)
    let large = read(bytes, chunk: 1 << 16)
    // Where the chunks end must not change what is read.
    precondition(small.0 == large.0 && small.1 == large.1, "chunking changed the result")
    // What was read, written back, reads the same.
    if small.1 == nil {
        let output = OutputBuffer()
        let writer = CSVWriter(to: output)
        for record in small.0 { writer.write(row: record.fields) }
        let again = read(output.bytes, chunk: 5)
        precondition(again.1 == nil, "written CSV does not read back")
        precondition(again.0.map(\.fields) == small.0.map(\.fields), "round trip changed fields")
    }
    return 0
}

@_cdecl("FuzzCSV_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    fuzz(argc, argv) { fuzzCSV($0, $1) }
}
