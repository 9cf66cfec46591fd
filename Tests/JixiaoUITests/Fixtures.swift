import JixiaoModel
import JixiaoSamples
import JixiaoText
@testable import JixiaoUI

let sampleDocument = try! DocumentReader.read(bytes: BundledSample.bytes)

/// The app on the sample in a terminal of the given size.
func driver(width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode) -> AppDriver {
    AppDriver(state: AppState(document: sampleDocument, glyphs: glyphs), backend: TestBackend(width: width, height: height))
}

extension AppDriver {
    func press(_ ids: String...) { for id in ids { press(id) } }
    var screenText: String { frame.text }
}

extension AppState {
    /// The layout of the project or department screen on show.
    var detailLayout: DetailLayout {
        switch screen {
        case .project(let p): p.layout(self)
        case .department(let d): d.layout(self)
        default: preconditionFailure("no detail screen on show")
        }
    }

    /// The cursor of the project or department screen on show.
    var detail: DetailCursor { screen.detailCursor! }
}

extension Screen {
    var isDepartment: Bool {
        if case .department = self { true } else { false }
    }
}
