import JixiaoSamples
import JixiaoTestSupport

/// A suite of the real binary on the sample, as the reviewer 王审核 in Beijing time: its
/// scratch folder, the binary, the sample imported into `ws`, the journal's lines.
protocol ReviewerWorkspaceSuite {
    var scratch: TemporaryFolder { get }
}

extension ReviewerWorkspaceSuite {
    var jixiao: JixiaoBinary {
        var j = JixiaoBinary(home: scratch.path)
        j.environment = ["JIXIAO_REVIEWER": "王审核", "TZ": "Asia/Shanghai"]
        return j
    }

    func imported() throws {
        let sample = scratch.write("sample.txt", BundledSample.bytes)
        let status = try jixiao.run(["import", sample, "-w", "ws"]).status
        guard status == 0 else { throw ImportFailed(status: status) }
    }

    func journal() -> [String] {
        String(decoding: scratch.read("ws/430001-2021/journal.jsonl"), as: UTF8.self).split(separator: "\n").map(String.init)
    }
}

struct ImportFailed: Error { let status: Int32 }
