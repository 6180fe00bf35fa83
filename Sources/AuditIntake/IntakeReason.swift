import AuditCore

/// Every reason intake gives for an entry it refused or could not read, in English and Chinese
/// with the same `{name}` placeholders.
///
/// The report shows them in its language as the document's reason and in the entry-rejected and
/// entry-unreadable findings; the test suite checks that both languages use the same placeholders
/// and that the Chinese is Chinese.
public enum IntakeReason: String, CaseIterable, Sendable {
    // The archive as a whole.
    case readerUnavailable, emptyArchive, tooManyEntries, nestedTooDeep
    case passwordArchive, layeredCompression, notAnArchive, passwordArchiveAfterEntries, corruptAfterEntries
    case corruptAfterEntry, skipOverBudget
    // One entry's name and kind.
    case undecodableName, emptyName, absolutePath, windowsPath, pathTraversal
    case hardLink, symbolicLink, folderSymbolicLink, notARegularFile, encryptedEntry
    // One entry's bytes.
    case encryptedEntryData, corruptEntryData, entryOverLimit, archiveOverLimit, compressionRatio
    case fileOverLimit, fileUnreadable

    /// The reason in both languages.
    public var text: Bilingual {
        switch self {
        case .readerUnavailable:
            return Bilingual(en: "{error}", zh: "无法创建归档读取器：{error}")
        case .emptyArchive:
            return Bilingual(en: "the archive holds no files (empty, or its content is not an archive): check that the right file was sent",
                             zh: "压缩包中没有文件（为空，或其内容不是压缩包）：请确认发送的文件是否正确")
        case .tooManyEntries:
            return Bilingual(en: "more than {limit} entries: the rest of this archive was not read; split the evidence into smaller archives",
                             zh: "条目超过 {limit} 个：压缩包其余部分未读取；请将证据拆分为较小的压缩包")
        case .nestedTooDeep:
            return Bilingual(en: "archive nested more than {depth} levels deep: unpack it and submit its contents",
                             zh: "压缩包嵌套超过 {depth} 层：请解压后提交其中的文件")
        case .passwordArchive:
            return Bilingual(en: "password-protected archive ({message}): supply it without a password",
                             zh: "压缩包设有密码（{message}）：请提供未加密的压缩包")
        case .layeredCompression:
            return Bilingual(en: "compressed inside itself layer after layer ({message}), as decompression bombs are: it was not unpacked; supply the document itself or a plain archive of it",
                             zh: "文件被层层重复压缩（{message}），与解压炸弹的特征相同：未予解压；请提供文件本身或普通压缩包")
        case .notAnArchive:
            return Bilingual(en: "not a readable archive ({message}): check that the file is complete and re-create it",
                             zh: "不是可读取的压缩包（{message}）：请确认文件完整并重新制作")
        case .passwordArchiveAfterEntries:
            return Bilingual(en: "password-protected archive ({message}): supply it without a password; {count} entries were read before it",
                             zh: "压缩包设有密码（{message}）：请提供未加密的压缩包；此前已读取 {count} 个条目")
        case .corruptAfterEntries:
            return Bilingual(en: "the archive is truncated or corrupt ({message}) after {count} entries; the entries before it were read and checked; re-create or re-send the archive",
                             zh: "压缩包在第 {count} 个条目之后不完整或已损坏（{message}）；之前的条目已读取并检查；请重新制作或重新发送压缩包")
        case .corruptAfterEntry:
            return Bilingual(en: "the archive is truncated or corrupt after entry {index}; the entries before it were read and checked",
                             zh: "压缩包在第 {index} 个条目之后不完整或已损坏；之前的条目已读取并检查")
        case .skipOverBudget:
            return Bilingual(en: "the rest of the archive was not read: skipping past {path} would inflate more than {size}; remove that entry and re-send the archive",
                             zh: "压缩包其余部分未读取：跳过 {path} 需要解压超过 {size}；请删除该条目后重新发送压缩包")
        case .undecodableName:
            return Bilingual(en: "the entry's name cannot be decoded; re-create the archive with UTF-8 file names",
                             zh: "条目名称无法解码；请使用 UTF-8 文件名重新制作压缩包")
        case .emptyName:
            return Bilingual(en: "the entry has an empty name", zh: "条目名称为空")
        case .absolutePath:
            return Bilingual(en: "absolute path: an archive entry must not point outside the archive; re-create the archive with relative paths",
                             zh: "绝对路径：压缩包条目不得指向压缩包之外；请使用相对路径重新制作压缩包")
        case .windowsPath:
            return Bilingual(en: "absolute Windows path (drive letter): re-create the archive with relative paths",
                             zh: "Windows 绝对路径（含盘符）：请使用相对路径重新制作压缩包")
        case .pathTraversal:
            return Bilingual(en: "path traversal ('..'): the entry would land outside the archive; re-create the archive without it",
                             zh: "路径穿越（“..”）：该条目会被解压到压缩包之外；请去掉该条目后重新制作压缩包")
        case .hardLink:
            return Bilingual(en: "hard link to {target}: links are not followed; put the file itself in the archive",
                             zh: "指向 {target} 的硬链接：不跟随链接；请将文件本身放入压缩包")
        case .symbolicLink:
            return Bilingual(en: "symbolic link to {target}: links are not followed; put the file itself in the archive",
                             zh: "指向 {target} 的符号链接：不跟随链接；请将文件本身放入压缩包")
        case .folderSymbolicLink:
            return Bilingual(en: "symbolic link to {target}: links are not followed; copy the file itself into the folder",
                             zh: "指向 {target} 的符号链接：不跟随链接；请将文件本身复制到该文件夹")
        case .notARegularFile:
            return Bilingual(en: "not a regular file (device, FIFO or socket); only documents are read",
                             zh: "不是普通文件（设备、管道或套接字）；只读取文件")
        case .encryptedEntry:
            return Bilingual(en: "encrypted (password-protected) entry: supply the evidence without a password",
                             zh: "条目已加密（设有密码）：请提供未加密的证据")
        case .encryptedEntryData:
            return Bilingual(en: "encrypted (password-protected) entry ({message}): supply the evidence without a password",
                             zh: "条目已加密（设有密码，{message}）：请提供未加密的证据")
        case .corruptEntryData:
            return Bilingual(en: "the entry's data is truncated or corrupt ({message}): re-create the archive",
                             zh: "条目数据不完整或已损坏（{message}）：请重新制作压缩包")
        case .entryOverLimit:
            return Bilingual(en: "inflates to more than {size} (the per-entry limit): a decompression bomb or an oversized file; split it or raise the limit",
                             zh: "解压后超过 {size}（单个条目上限）：可能是解压炸弹或文件过大；请拆分文件或提高上限")
        case .archiveOverLimit:
            return Bilingual(en: "the archive's entries together inflate to more than {size}: split the evidence into smaller archives",
                             zh: "压缩包全部条目解压后合计超过 {size}：请将证据拆分为较小的压缩包")
        case .compressionRatio:
            return Bilingual(en: "compression ratio over {ratio}:1 (a decompression bomb): this is not ordinary evidence",
                             zh: "压缩比超过 {ratio}:1（解压炸弹）：这不是正常的证据文件")
        case .fileOverLimit:
            return Bilingual(en: "the file is {size}, over the per-file limit of {limit}; split it or raise the limit",
                             zh: "文件大小为 {size}，超过单个文件上限 {limit}；请拆分文件或提高上限")
        case .fileUnreadable:
            return Bilingual(en: "the file cannot be read (permission denied?)", zh: "文件无法读取（没有权限？）")
        }
    }

    /// The reason filled with `values` in both languages.
    public func callAsFunction(_ values: [String: String] = [:]) -> ReasonText {
        ReasonText(text, values)
    }
}
