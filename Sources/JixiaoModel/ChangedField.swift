/// Which journal line last set a field, and who and when.
public struct ChangeStamp: Hashable, Sendable {
    public var seq: Int
    public var actor: String
    /// ISO 8601, UTC.
    public var time: String

    public init(seq: Int, actor: String, time: String) {
        self.seq = seq
        self.actor = actor
        self.time = time
    }
}

/// A field whose text is not what was imported: what it was, what it is, and the journal
/// line that last set it.
public struct ChangedField: Hashable, Sendable {
    public var path: FieldPath
    public var imported: String
    public var current: String
    /// Nil when no journal line is known to have set it (it should not happen).
    public var stamp: ChangeStamp?

    public init(path: FieldPath, imported: String, current: String, stamp: ChangeStamp?) {
        self.path = path
        self.imported = imported
        self.current = current
        self.stamp = stamp
    }
}

extension Document {
    /// Every field that differs from `imported`, in document order (the department part,
    /// then each project in the order `fieldPaths` lists its fields), with the stamp of the
    /// line that last set it. A field changed and changed back is not listed. `project`:
    /// only that project's (`FieldPath.departmentIndex`: only the department part's).
    public func changedFields(since imported: Document, stamps: [FieldPath: ChangeStamp],
                              project: Int? = nil) -> [ChangedField] {
        var out: [ChangedField] = []
        // Fields of a paragraph the version imported lacks are not compared (none can be added).
        if project == nil || project == FieldPath.departmentIndex, overall != imported.overall {
            for path in departmentFieldPaths() {
                guard let then = imported.value(at: path) else { continue }
                let now = value(at: path) ?? ""
                if now != then { out.append(ChangedField(path: path, imported: then, current: now, stamp: stamps[path])) }
            }
        }
        for i in projects.indices where imported.projects.indices.contains(i) && (project == nil || project == i) {
            guard projects[i] != imported.projects[i] else { continue }
            for path in fieldPaths(ofProjectAt: i) {
                let now = value(at: path) ?? "", then = imported.value(at: path) ?? ""
                if now != then { out.append(ChangedField(path: path, imported: then, current: now, stamp: stamps[path])) }
            }
        }
        return out
    }

    /// Whether the field at `path` differs from `imported`.
    public func isChanged(_ path: FieldPath, since imported: Document) -> Bool {
        guard path.isDepartment || imported.projects.indices.contains(path.projectIndex) else { return false }
        return value(at: path) != imported.value(at: path)
    }
}

extension RecordChange {
    /// The stamps after a journal line that made this change: every field it set is
    /// stamped with that line.
    public func stamping(_ stamps: inout [FieldPath: ChangeStamp], with stamp: ChangeStamp) {
        for f in fields { stamps[f.path] = stamp }
    }
}
