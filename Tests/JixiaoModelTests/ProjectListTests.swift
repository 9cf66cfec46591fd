import JixiaoModel
import Testing

/// `Document.projectIndices(listedIn:)`: the projects a reviewer lists for one decision
/// on them all (批量审核).
@Suite struct ProjectListTests {
    /// Five projects numbered 1–5; project 4's code is written with a hyphen.
    func document() -> Document {
        var d = tinyDocument()
        let p = d.projects[0]
        d.projects = (1...5).map { n in
            var q = p
            q.number = n
            q.code = n == 4 ? "2021-3" : "CODE\(n)"
            return q
        }
        return d
    }

    func indices(_ key: String) -> [Int]? { try? document().projectIndices(listedIn: key).get() }

    @Test func oneProjectByNumberOrCode() {
        #expect(indices("2") == [1])
        #expect(indices("code5") == [4])
        // A whole key that names a project is that project, not the range 2021…3.
        #expect(indices("2021-3") == [3])
    }

    @Test func listsRangesAndAll() {
        #expect(indices("1,3") == [0, 2])
        #expect(indices("3-5, 1") == [0, 2, 3, 4])
        #expect(indices("1、2，5") == [0, 1, 4])
        #expect(indices("５～５") == [4], "full-width digits and tilde")
        #expect(indices("2—3") == [1, 2])
        #expect(indices("1,1,1-2") == [0, 1], "each once")
        #expect(indices("CODE2,2021-3") == [1, 3])
        #expect(indices("全部") == [0, 1, 2, 3, 4])
        #expect(indices("all") == [0, 1, 2, 3, 4])
    }

    @Test func aPartThatNamesNoProjectIsSaid() {
        let d = document()
        #expect(d.projectIndices(listedIn: "1,9") == .failure(ProjectListError(part: "9")))
        // A range past the last project is a slip, not "as far as there are".
        #expect(d.projectIndices(listedIn: "3-6") == .failure(ProjectListError(part: "3-6")))
        #expect(d.projectIndices(listedIn: "5-3") == .failure(ProjectListError(part: "5-3")))
        #expect(d.projectIndices(listedIn: ",") == .failure(ProjectListError(part: ",")))
        #expect(d.projectIndices(listedIn: "1,,2").map { $0 } == .success([0, 1]))
        #expect(d.projectIndices(listedIn: "CODE9") == .failure(ProjectListError(part: "CODE9")))
    }

    /// `projectList` writes what `projectIndices(listedIn:)` reads back: numbers, runs of
    /// three or more as ranges.
    @Test func aListIsWrittenAsItIsRead() {
        let d = document()
        #expect(d.projectList([]) == "")
        #expect(d.projectList([2]) == "3")
        #expect(d.projectList([0, 1]) == "1,2")
        #expect(d.projectList([4, 0, 2, 3]) == "1,3-5")
        #expect(d.projectList([0, 1, 2, 3, 4, 4, 9]) == "1-5", "each once; no such index left out")
        for chosen in [[0], [1, 3], [0, 1, 2], [0, 2, 3, 4], [1, 2, 4]] {
            #expect(indices(d.projectList(chosen)) == chosen)
        }
    }
}
