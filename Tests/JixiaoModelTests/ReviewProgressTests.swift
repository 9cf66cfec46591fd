import JixiaoModel
import Testing

@Suite struct ReviewProgressTests {
    /// `tinyDocument()` with its project repeated.
    func document(projects: Int) -> Document {
        var d = tinyDocument()
        let p = d.projects[0]
        d.projects = (1...projects).map { n in
            var q = p
            q.number = n
            return q
        }
        return d
    }

    @Test func approvedAndNotApproved() throws {
        var d = document(projects: 3)
        #expect(d.unapprovedProjectIndices == [0, 1, 2])
        #expect(d.approvedProjectCount == 0)
        d = try d.applying(.approve, toProjectAt: 1, comment: nil, reviewer: "甲", time: "t")
        d = try d.applying(.return, toProjectAt: 2, comment: "改", reviewer: "甲", time: "t")
        #expect(d.unapprovedProjectIndices == [0, 2])
        #expect(d.approvedProjectCount == 1)
        d = try d.applying(.approve, toProjectAt: 0, comment: nil, reviewer: "甲", time: "t")
        d = try d.applying(.approve, toProjectAt: 2, comment: nil, reviewer: "甲", time: "t")
        #expect(d.unapprovedProjectIndices == [])
        #expect(d.approvedProjectCount == 3)
    }
}
