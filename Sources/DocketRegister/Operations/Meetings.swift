import DocketCore

extension RegisterTransaction {
    /// Records a working session held at the locality `locality` names (as typed) on `heldOn`,
    /// at `at` by `actor`.
    ///
    /// - Throws: `InputError` for a title, lead or notes that are not one;
    ///   `RegisterError.notFound` (or `.ambiguous`) for the locality.
    package func addMeeting(locality: String, heldOn: CivilDate, title: String, lead: String?, notes: String?,
                            at: Instant, actor: String) async throws -> Meeting {
        let title = try TextInput.title(title)
        let lead = try TextInput.optionalText(lead, field: "lead")
        let notes = try TextInput.optionalText(notes, field: "notes")
        let place = try await resolveLocality(locality)
        var meeting = Meeting(id: 0, locality: place.ref, heldOn: heldOn, title: title, lead: lead, notes: notes, createdAt: at)
        meeting.id = try await insertMeeting(meeting, locality: place.id, recordedAt: now(), actor: actor)
        return meeting
    }
}
