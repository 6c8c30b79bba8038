import Foundation

/// What is at a path, to assert that something left it unchanged: a file's bytes, or every
/// entry under a directory (its path inside it) with its bytes, folders as an empty entry.
/// Throws when nothing can be read there, so that two failures never compare equal.
public func snapshot(_ path: String) throws -> [String: Data] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path])
    }
    guard isDirectory.boolValue else { return ["": try Data(contentsOf: URL(fileURLWithPath: path))] }
    var entries: [String: Data] = [:]
    for name in try FileManager.default.subpathsOfDirectory(atPath: path) {
        let entry = (path as NSString).appendingPathComponent(name)
        var entryIsDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: entry, isDirectory: &entryIsDirectory)
        entries[name + (entryIsDirectory.boolValue ? "/" : "")] = entryIsDirectory.boolValue
            ? Data() : try Data(contentsOf: URL(fileURLWithPath: entry))
    }
    return entries
}
