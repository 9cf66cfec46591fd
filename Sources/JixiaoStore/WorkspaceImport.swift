import Foundation
import JixiaoModel
import JixiaoText

/// Bringing a 绩效文本 into a workspace — a file the reviewer names, or the bundled sample
/// on first run — so that nothing is left half-written when it cannot be done.
extension Workspace {
    /// Imports the file at `path` (as the reviewer named it) into the workspace at
    /// `workspace`; see `importText`.
    public static func importFile(_ path: String, into workspace: String, actor: String, time: String,
                                  wait: Double = 0) throws -> Document {
        let bytes = try readInput(path)
        return try importText(bytes, fileName: FileName.of(path), namedAs: path,
                              into: workspace, actor: actor, time: time, wait: wait)
    }

    /// Imports a 绩效文本 into the workspace at `path`, creating the workspace when there is
    /// none. The text is read first: one that cannot be read creates nothing, and its error
    /// is placed in `displayName`. The rest happens holding the workspace's lock (waiting
    /// up to `wait` seconds for another import to finish); on a failure this call removes
    /// what it made — its temporary folder, a `jixiao.json` and folder it created that
    /// hold nothing else — and nothing more.
    public static func importText(_ bytes: [UInt8], fileName: String, namedAs displayName: String, into path: String,
                                  actor: String, time: String, wait: Double = 0) throws -> Document {
        try importText(readDocument(bytes, namedAs: displayName), fileName: fileName, into: path, actor: actor, time: time,
                       wait: wait)
    }

    /// Stores a file already read (`readDocument`): its document, with its text in UTF-8.
    public static func importText(_ text: ImportedText, fileName: String, into path: String,
                                  actor: String, time: String, wait: Double = 0) throws -> Document {
        try withLock(at: path, wait: wait) { _ in
            try storeCreating(text.document, source: text.source, fileName: fileName, at: path, actor: actor, time: time)
        }
    }

    /// A reviewer's file read (converted to UTF-8 when it was GB18030 or UTF-16); its
    /// refusal placed in `displayName`.
    public static func readDocument(_ bytes: [UInt8], namedAs displayName: String) throws -> ImportedText {
        do {
            return try ImportedText.read(bytes)
        } catch {
            throw MisnamedOfficeFile.explained(error, bytes, name: displayName).inFile(displayName)
        }
    }

    /// Creates the workspace if needed and stores the document; undoes the creation when
    /// storing fails. The caller holds the workspace's lock.
    static func storeCreating(_ document: Document, source bytes: [UInt8], fileName: String, at path: String,
                              actor: String, time: String) throws -> Document {
        let (ws, created) = try openOrCreateLocked(at: path)
        do {
            let stored = try ws.storeLocked(document, source: bytes, fileName: fileName, actor: actor, time: time)
            ws.writeYearOverYearCaches(around: [stored])
            return stored
        } catch {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            if created && names == [settingsFileName] {
                unlink(path + "/" + settingsFileName)
            }
            throw error
        }
    }

    /// First run: where nothing is at `path` yet — no folder, or an empty one — imports
    /// `bytes` (the bundled sample) as the workspace's first document and returns it. A
    /// workspace already there is left as it is (nil), also when another first run made it
    /// meanwhile; a folder holding anything else is refused, untouched.
    public static func setUpIfAbsent(at path: String, importing bytes: [UInt8], fileName: String, actor: String,
                                     time: String) throws -> Document? {
        if isWorkspace(path) { return nil }
        try refuseFolderWithOtherThings(path)
        let text = try readDocument(bytes, namedAs: fileName)
        return try withLock(at: path, wait: lockWaitForLibraryCalls) { _ -> Document? in
            if isWorkspace(path) { return nil }
            try refuseFolderWithOtherThings(path)
            return try storeCreating(text.document, source: text.source, fileName: fileName, at: path, actor: actor, time: time)
        }
    }

    static func refuseFolderWithOtherThings(_ path: String) throws(StoreError) {
        let fm = FileManager.default
        if fm.fileExists(atPath: path), let items = try? fm.contentsOfDirectory(atPath: path), !items.isEmpty {
            throw StoreError("\(path) 不是 Jixiao 工作区（没有 \(settingsFileName)），也不是空文件夹",
                             hint: "用 -w 指定工作区，或在空文件夹中运行")
        }
    }

    /// The bytes of a file the reviewer named: a readable regular file, not a folder.
    public static func readInput(_ path: String) throws(StoreError) -> [UInt8] {
        // One lstat says whether it is there, a folder, and its size — for all but a symbolic
        // link, whose target is asked about (as FileManager.fileExists did) by a stat.
        var link = stat()
        let linked = lstat(path, &link) == 0
        var target = link
        guard linked && (link.st_mode & S_IFMT != S_IFLNK || stat(path, &target) == 0) else {
            throw StoreError("找不到文件 \(path)", hint: "检查文件名和路径")
        }
        guard target.st_mode & S_IFMT != S_IFDIR else {
            throw StoreError("\(path) 是文件夹，不是文件", hint: "指定要导入的绩效文本文件")
        }
        // A device (/dev/zero, a terminal) is no document and may never end; a pipe may be
        // named on purpose (`<(iconv …)`), and is read to the size limit.
        let kind = target.st_mode & S_IFMT
        guard kind == S_IFREG || kind == S_IFIFO || kind == S_IFSOCK else {
            throw StoreError("\(path) 是设备文件，不是文件", hint: "指定要导入的绩效文本文件")
        }
        // Refused from its size (a link's target's), before a byte is read. (lstat, as
        // FileManager's attributes were read, without its owner's and group's names: those
        // read /etc/passwd and /etc/group for every file of a batch.)
        let size = Int(target.st_size)
        if let tooLarge = SourceText.sizeRefusal(size) { throw StoreError(tooLarge.message, hint: tooLarge.hint) }
        guard let bytes = readWhole(path, limit: SourceText.maximumBytes) else {
            throw StoreError("无法读取 \(path)", hint: "检查文件权限")
        }
        // A pipe's size is known only once read: more than the limit is refused as a file is.
        if let tooLarge = SourceText.sizeRefusal(bytes.count, readToLimit: true) { throw StoreError(tooLarge.message, hint: tooLarge.hint) }
        return bytes
    }

    /// A file's bytes read straight into an array (nil when it cannot be opened or read);
    /// one byte past `limit` at most, so that what has no end (a pipe fed for ever) is not
    /// read for ever.
    static func readWhole(_ path: String, limit: Int = Int.max - 1) -> [UInt8]? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        var bytes = [UInt8](repeating: 0, count: fstat(fd, &st) == 0 && st.st_size > 0 ? Int(st.st_size) : 0)
        var count = 0
        while count <= limit {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: min(max(4096, bytes.count), limit + 1 - count)) }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { break }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
