import JixiaoTestSupport
import Testing
@testable import JixiaoModel

/// `DepartmentWideTable.names` asks the bytes of 整体 before it searches by Characters: it
/// must say what the search by Characters alone (`namesByCharacters`, compiled beside it,
/// with its module's `contains`) says, for every scalar beside the words.
@Suite struct DepartmentWideTableTests {
    func hex(_ t: String) -> String { t.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }

    @Test func namesByBytesSaysWhatCharactersSay() {
        for t in ["", "部门整体支出绩效目标表", "2019年部门整体绩效目标", "整体支出绩效目标申报表", "项目绩效目标表", "整体", "整 体支出绩效目标",
                  "整\u{301}体支出绩效目标", "整体\u{301}支出绩效目标", "\r\n整体绩效目标表", "整\u{200D}体支出绩效目标", "整\u{3000}体绩效目标表",
                  "单位整体绩效目标\r\n", "\u{FA10}整体绩效目标表"] {
            #expect(DepartmentWideTable.names(t) == DepartmentWideTable.namesByCharacters(t), "\(hex(t))")
        }
        #expect(DepartmentWideTable.names("部门整体支出绩效目标表"))
        ScalarSample.forEach(dense: [0xF900...0xFAFF, 0x2F800...0x2FA1F]) { s in
            let one = String(Character(s))
            for t in [one + "整体支出绩效目标", "整" + one + "体支出绩效目标", one + "体绩效目标表", "整" + one + "绩效目标表",
                      "整体" + one + "绩效目标表"] {
                #expect(DepartmentWideTable.names(t) == DepartmentWideTable.namesByCharacters(t), "\(hex(t))")
            }
        }
    }
}
