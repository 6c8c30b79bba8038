import DocketCore

/// What a command says when it has done what it was asked, as data; the message catalogue says
/// it in the reader's language. `package`, so that it may stand in the catalogue's requirements
/// when the catalogue is shared with the server.
package enum Notice: Hashable {
    /// `token add` made the token `name`; its secret follows on a line of its own, shown this once.
    case tokenAdded(name: String)
    /// `token revoke` revoked the token `name`.
    case tokenRevoked(name: String)
    /// `token revoke` found the token `name` revoked already, at `at`; nothing changed.
    case tokenAlreadyRevoked(name: String, at: String)
    /// `calendar add` added `date` as `name`, a working day or a holiday.
    case calendarDayAdded(date: CivilDate, name: String, working: Bool)
    /// `file` recorded problem `id`, raised in `locality`.
    case filed(id: Int64, title: String, locality: String)
    /// `import` recorded (or, with `dryRun`, checked) `count` problems, numbered `numbers`
    /// ("#4" or "#4–#9") when there were any.
    case imported(count: Int, numbers: String?, dryRun: Bool)
    /// `group add` made group `id`.
    case groupMade(id: Int64, title: String)
    /// `meeting add` recorded meeting `id`, held in `locality` on `heldOn`.
    case meetingRecorded(id: Int64, title: String, locality: String, heldOn: String)
    /// `locality add` added `name` (its full name), with its code when it has one, under `province`.
    case localityAdded(name: String, code: String?, province: String)
    /// `unit add` added the unit `code`, under `parent` when it has one.
    case unitAdded(code: String, name: String, parent: String?)
    /// `category add` added the category `code`, named `name`.
    case categoryAdded(code: String, name: String)
    /// `calendar remove` took `date`, which was `name`, out of the calendar.
    case calendarDayRemoved(date: CivilDate, name: String)
    /// `dump --output` wrote `records` records to `path`.
    case dumped(path: String, records: Int)
    /// `restore` or `copy` made the register at `path`, of `problems` problems with `events`
    /// events in `records` records.
    case restored(path: String, problems: Int, events: Int, records: Int)
}
