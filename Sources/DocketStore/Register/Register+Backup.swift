import DocketCore
import Glibc

extension Register {
    /// Copies the register, as of one moment, to a new file at `destination` while others keep
    /// writing (SQLite's online backup API). An existing file is refused unless `replacing`;
    /// the register itself never is. The copy is readable by its owner only.
    public func backup(to destination: String, replacing: Bool = false) throws {
        if isOwnFile(destination) {
            throw RegisterError.cannotWrite(path: destination, reason: .isTheRegister)
        }
        switch RegisterFile.inspect(destination) {
        case .missing:
            break
        case .foreign(.directory):
            throw RegisterError.cannotWrite(path: destination, reason: .isADirectory)
        case .foreign where RegisterFile.identity(destination) == nil,
             .noAccess where RegisterFile.identity(destination) == nil:
            // Not there as far as anyone can tell (a folder that cannot be searched): trying
            // to make it says why it cannot be written.
            break
        default:
            guard replacing else {
                throw RegisterError.cannotWrite(path: destination, reason: .exists)
            }
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(destination + suffix) }
        }
        let temporary = destination + ".docket-partial"
        unlink(temporary)
        let created: Bool
        do {
            created = try RegisterFile.createPrivate(temporary)
        } catch {
            // Named by the copy the user asked for, not by the temporary file.
            let reason = if case .cannotWrite(_, let reason) = error { reason } else { RegisterError.WriteFault.system(errno: EIO) }
            throw RegisterError.cannotWrite(path: destination, reason: reason)
        }
        guard created else {
            throw RegisterError.cannotWrite(path: destination, reason: .anotherBackupInProgress)
        }
        do {
            try database.backup(to: temporary)
        } catch {
            for suffix in ["", "-wal", "-shm"] { unlink(temporary + suffix) }
            throw RegisterError.cannotWrite(path: destination, reason: .storage(error))
        }
        // The copy's connection has closed with an empty WAL: the file alone is the copy.
        unlink(temporary + "-wal")
        unlink(temporary + "-shm")
        // Renamed only when whole, so a backup that is there is a complete one.
        guard rename(temporary, destination) == 0 else {
            let reason = RegisterError.WriteFault.system(errno: errno)
            unlink(temporary)
            throw RegisterError.cannotWrite(path: destination, reason: reason)
        }
    }
}
