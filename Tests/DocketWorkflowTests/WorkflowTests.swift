import Testing
@testable import DocketWorkflow
