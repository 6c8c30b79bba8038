import Foundation
import Testing
@testable import DocketCore

@Suite struct InstantNowReadsTheSystemClock {
    @Test func nowIsTheCurrentSecondAndNeverAhead() {
        let before = Int64(Date().timeIntervalSince1970.rounded(.down))
        let now = Instant.now()
        let after = Int64(Date().timeIntervalSince1970.rounded(.down))
        #expect(now.secondsSinceEpoch >= before)
        #expect(now.secondsSinceEpoch <= after)
    }
}
