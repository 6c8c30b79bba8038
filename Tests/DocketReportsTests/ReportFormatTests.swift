import Testing
@testable import DocketReports
