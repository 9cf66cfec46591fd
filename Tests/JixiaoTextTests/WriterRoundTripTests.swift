import JixiaoModel
import JixiaoSamples
import Testing
@testable import JixiaoText

/// Reading the writer's output gives the same document.
@Suite struct WriterRoundTripTests {
    let sample = try! DocumentReader.read(bytes: BundledSample.bytes)

    @Test func sampleRoundTrips() throws {
        let text = DocumentWriter.write(sample)
        let again = try DocumentReader.read(text: text)
        #expect(again.content == sample.content)
        // And the writer is stable: writing the re-read document gives the same text.
        #expect(DocumentWriter.write(again) == text)
    }

    @Test func writerLayout() {
        let text = DocumentWriter.write(sample)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("项目编码\t13030621A4W2U9FHZ556R\t\t项目名称\t公共机构节能经费\t\t"))
        #expect(lines.contains("预算规模及资金用途\t预算数\t80000.00\t其中：财政资金\t80000.00\t其他资金\t0.00"))
        #expect(lines.contains("一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t"))
        #expect(lines.contains("\t质量指标\t各项后勤保障工作保障率\t确保各服务环节规范有序\t100%\t工作计划\t"))
        #expect(lines.contains("4.征用疫情防控备用隔离场所资金（三批）绩效目标表.....\t9"))
        #expect(text.hasSuffix("\n"))
    }

    @Test(arguments: [
        "indicator.1.value=8万元", "name=公共机构节能工作经费", "budget.total=90000.00", "plan.6=", "plan.3=30.00%",
        "goal.2=做好公共机构节能监督管理工作。", "indicator.3.value=≤30天", "indicator.5.level2=社会效益指标",
        "usage=新的用途说明。", "code=13030621A4W2U9FHZ556X", "heading=公共机构节能工作经费绩效目标表",
        "indicator.2.basis=计划标准", "indicator.4.description=经费支出不超过预算",
    ])
    func editedDocumentRoundTrips(_ edit: String) throws {
        let parts = edit.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let field = try #require(ProjectField(parsing: String(parts[0])))
        let edited = try sample.setting(FieldPath(projectIndex: 2, field: field), to: String(parts[1]))
        #expect(edited.differences(from: sample).count == 1)
        let again = try DocumentReader.read(text: DocumentWriter.write(edited))
        #expect(again.content.differences(from: edited.content) == [])
        #expect(again.content == edited.content)
    }

    @Test func everyValueSurvivesAnEditAndARoundTrip() throws {
        // Edit each indicator value of every project; re-read; compare.
        var doc = sample
        for i in doc.projects.indices {
            for r in doc.projects[i].indicators.indices {
                doc = try doc.setting(FieldPath(projectIndex: i, field: .indicator(row: r + 1, .value)), to: "≥\(i + r)%")
            }
        }
        let again = try DocumentReader.read(text: DocumentWriter.write(doc))
        #expect(again.content == doc.content)
    }

    @Test func draftNoteIsSkippedByTheReader() throws {
        let text = DocumentWriter.write(sample, draftNote: "审核中的草稿：13 个项目未通过审核")
        #expect(text.hasPrefix("【审核中的草稿：13 个项目未通过审核】\n"))
        let again = try DocumentReader.read(text: text)
        #expect(again.content == sample.content)
    }

    @Test func currencyInWan() throws {
        var rows = tableRows(total: "1.5", fiscal: "1.5", other: "0")
        rows[0] = rows[0]
        let text = smallDocument(tables: [("测试项目绩效目标表", rows)]).replacingOccurrences(of: "单位：元", with: "单位：万元")
        let d = try DocumentReader.read(text: text)
        #expect(d.projects[0].budget.total == Money(yuan: 15000))
        let again = try DocumentReader.read(text: DocumentWriter.write(d))
        #expect(again.content == d.content)
    }
}

@Suite struct BundledSampleTests {
    /// The sample compiled into the binary is the file in Samples/, byte for byte.
    @Test func matchesSamplesFolder() throws {
        let path = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        let file = "/" + path + "/Samples/" + BundledSample.fileName
        let data = try #require(FileManager.default.contents(atPath: file), "\(file)")
        #expect([UInt8](data) == BundledSample.bytes, "run scripts/embed-sample")
    }
}

import Foundation
