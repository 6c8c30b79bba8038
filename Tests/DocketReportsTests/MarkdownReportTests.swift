import DocketCore
import Testing
@testable import DocketReports

@Suite struct TheMarkdownReportEscapesWhatUsersWrote {
    /// The sample as Markdown: GitHub-flavoured tables, numbers right-aligned; `|`, `*`, `<`,
    /// `>` and the time zone's `_` escaped so they read as written.
    @Test func theSampleReportExactly() {
        #expect(ReportFormat.markdown.render(SampleReport.report) == """
            # Weekly resolution report

            2025-W35: Monday 2025-08-25 to Sunday 2025-08-31, Asia/Ho\\_Chi\\_Minh

            1 group of difficulties, 0 completely resolved; 5 problems raised to date, 1 completely resolved and 0 answered; resolution rate 25.0%.

            ## During the week

            | Figure | Count |
            | --- | ---: |
            | Raised | 2 |
            | Assigned | 3 |
            | Answered | 0 |
            | Escalated | 1 |
            | Resolved | 1 |
            | Reopened | 0 |
            | Closed | 1 |

            ## At the end of the week

            | Figure | Count |
            | --- | ---: |
            | Open | 3 |
            | Overdue | 2 |
            | Raised to date | 5 |
            | Answered or resolved | 1 |
            | Completely resolved | 1 |
            | Closed | 1 |
            | Resolution rate | 25.0% |

            ### Open problems by state

            | State | Count |
            | --- | ---: |
            | raised | 0 |
            | assigned | 2 |
            | answered | 0 |
            | escalated | 1 |

            ## Groups

            | Figure | Count |
            | --- | ---: |
            | Groups with a problem raised | 1 |
            | Groups completely resolved | 0 |

            ## By unit

            | Unit | Name | Assigned | Resolved | Open | Overdue | Closed |
            | --- | --- | ---: | ---: | ---: | ---: | ---: |
            | cuc-vt | Cục Viễn thông | 3 | 1 | 2 | 1 | 0 |
            | vu-pc | Vụ Pháp chế | 1 | 0 | 1 | 1 | 0 |
            |  | (no unit) | 1 | 0 | 0 | 0 | 1 |

            ## By province

            | Code | Province | Raised | Resolved | Open | Closed |
            | --- | --- | ---: | ---: | ---: | ---: |
            | 01 | Hà Nội | 2 | 0 | 1 | 1 |
            | 75 | Đồng Nai | 1 | 0 | 1 | 0 |
            | 92 | Cần Thơ | 2 | 1 | 1 | 0 |

            ## Sent beyond the ministry's authority

            | Figure | Count |
            | --- | ---: |
            | Sent during the week | 1 |
            | Of all sent, still open | 1 |
            | Of all sent, answered or resolved | 0 |
            | Of all sent, completely resolved | 0 |

            | Sent to | Sent | Open | Answered | Resolved |
            | --- | ---: | ---: | ---: | ---: |
            | Chính phủ | 1 | 1 | 0 | 0 |

            | \\# | Sent on | State | Sent to | Title |
            | ---: | --- | --- | --- | --- |
            | 3 | 2025-08-29 | escalated | Chính phủ | \\<script\\>alert('x')\\</script\\> Cáp quang ngầm |

            ## Resolved during the week

            | \\# | Resolved on | Locality | Owner | Title | Resolution |
            | ---: | --- | --- | --- | --- | --- |
            | 1 | 2025-08-26 | Cần Thơ | cuc-vt | Giá thuê hạ tầng viễn thông chưa thống nhất | Đã thống nhất khung giá thuê \\| mức \\*trần\\* |

            ## Overdue at the end of the week

            | \\# | Due | Days | Owner | Locality | Title |
            | ---: | --- | ---: | --- | --- | --- |
            | 2 | 2025-08-27 | 4 | Vụ Pháp chế | Hà Nội | Thủ tục "một cửa", liên thông chồng chéo |
            | 3 | 2025-08-30 | 1 | Cục Viễn thông | Đồng Nai | \\<script\\>alert('x')\\</script\\> Cáp quang ngầm |

            ## Raised and resolved, the last eight weeks

            | Week | Raised | Resolved |
            | --- | ---: | ---: |
            | 2025-W28 | 0 | 0 |
            | 2025-W29 | 0 | 0 |
            | 2025-W30 | 0 | 0 |
            | 2025-W31 | 0 | 0 |
            | 2025-W32 | 0 | 0 |
            | 2025-W33 | 0 | 0 |
            | 2025-W34 | 3 | 0 |
            | 2025-W35 | 2 | 1 |

            _Counted from the events that happened before Monday 2025-09-01 00:00 (Asia/Ho\\_Chi\\_Minh): the report of a past week does not change._

            """)
    }

    @Test func markupCharactersAndLineBreaksAreEscaped() {
        #expect(MarkdownReport.escaped("a|b *c* _d_ [e](f) <g> `h` & ~i~ \\ #1 !x\nnext")
            == ##"a\|b \*c\* \_d\_ \[e\](f) \<g\> \`h\` \& \~i\~ \\ \#1 \!x next"##)
    }
}
