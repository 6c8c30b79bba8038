import DocketCore
import DocketRegister
import Glibc

extension Register {
    /// Copies the register, as of one moment, to a new file at `destination` while others keep
    /// writing (SQLite's online backup API). An existing file is refused unless `replacing`;
    /// the register itself never is. The copy is readable by its owner only, and written as an
    /// ``AtomicFile``: renamed into place only when whole, so a backup that is there is complete.
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
        do {
            // Made readable by its owner only, whatever the umask, before SQLite writes to it.
            try AtomicFile.write(destination, temporary: temporary, mode: 0o600, ignoringUmask: true) { temporary, _ in
                do {
                    try database.backup(to: temporary)
                } catch let error as SQLiteError {
                    for suffix in ["-wal", "-shm"] { unlink(temporary + suffix) }
                    throw RegisterError.cannotWrite(path: destination, reason: .storage(error.fault))
                }
                // The copy's connection has closed with an empty WAL: the file alone is the copy.
                unlink(temporary + "-wal")
                unlink(temporary + "-shm")
            }
        } catch let error as IOError {
            // Named by the copy the user asked for, not by the temporary file.
            let reason: RegisterError.WriteFault = error.code == EEXIST ? .anotherBackupInProgress : .system(errno: error.code)
            throw RegisterError.cannotWrite(path: destination, reason: reason)
        }
    }
}
