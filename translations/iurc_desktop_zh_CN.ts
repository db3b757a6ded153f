<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About IURC Desktop</source>
        <translation>关于 IURC 桌面版</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>应用程序版本</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>资料库版本</translation>
    </message>
    <message>
        <source>Catalogue date</source>
        <translation>资料库日期</translation>
    </message>
    <message>
        <source>Installed from</source>
        <translation>安装来源</translation>
    </message>
    <message>
        <source>Installed at</source>
        <translation>安装时间</translation>
    </message>
    <message>
        <source>Signed by key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>Previous version kept for rollback</source>
        <translation>可回滚的上一版本</translation>
    </message>
    <message>
        <source>Offline catalogue of EU–China urban and regional cooperation.</source>
        <translation>中欧城市与区域合作离线资料库。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>Qt (user interface)</source>
        <translation>Qt（用户界面）</translation>
    </message>
    <message>
        <source>Python packages</source>
        <translation>Python 软件包</translation>
    </message>
    <message>
        <source>Python runtime</source>
        <translation>Python 运行环境</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>System libraries included in this build</source>
        <translation>本版本所含的系统库</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>IURC Desktop is free software under the %1 licence.</source>
        <translation>IURC 桌面版是自由软件，采用 %1 许可证。</translation>
    </message>
    <message>
        <source>Licence file missing.</source>
        <translation>缺少许可证文件。</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>第三方组件</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>许可证文本</translation>
    </message>
    <message>
        <source>the catalogue that comes with the application</source>
        <translation>应用程序自带的资料库</translation>
    </message>
    <message>
        <source>data file %1</source>
        <translation>数据文件 %1</translation>
    </message>
    <message>
        <source>none needed (part of the application)</source>
        <translation>无需签名（属于应用程序本身）</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Restore this into your data? [y/N] </source>
        <translation>将此备份恢复到您的数据中？[y/N] </translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>已恢复。</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>未恢复任何内容。</translation>
    </message>
    <message>
        <source>Everything in this backup is already here; nothing would change.</source>
        <translation>此备份中的所有内容都已存在，不会有任何更改。</translation>
    </message>
    <message>
        <source>Notes: {added} added, {updated} updated</source>
        <translation>笔记：新增 {added} 条，更新 {updated} 条</translation>
    </message>
    <message>
        <source>Favourites: {added} added</source>
        <translation>收藏：新增 {added} 项</translation>
    </message>
    <message>
        <source>Visit plans: {added} added, {updated} updated</source>
        <translation>访问计划：新增 {added} 个，更新 {updated} 个</translation>
    </message>
    <message>
        <source>Saved briefing packs: {added} added, {updated} updated</source>
        <translation>已保存的简报：新增 {added} 份，更新 {updated} 份</translation>
    </message>
    <message>
        <source>Settings: {added} added</source>
        <translation>设置：新增 {added} 项</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>访问简报</translation>
    </message>
    <message>
        <source>Briefing pack composer</source>
        <translation>简报编排</translation>
    </message>
    <message>
        <source>Sections and records to include</source>
        <translation>要包含的章节和记录</translation>
    </message>
    <message>
        <source>Sections and records</source>
        <translation>章节和记录</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>包含我的笔记</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation>简报语言</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>第二语言</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Host profile</source>
        <translation>东道方概况</translation>
    </message>
    <message>
        <source>History of cooperation</source>
        <translation>合作历程</translation>
    </message>
    <message>
        <source>Partners and places with shared interests</source>
        <translation>合作伙伴与共同关注的地方</translation>
    </message>
    <message>
        <source>Clusters and cross-cutting challenges</source>
        <translation>主题集群与跨领域挑战</translation>
    </message>
    <message>
        <source>People from previous exchanges</source>
        <translation>以往交流中的人员</translation>
    </message>
    <message>
        <source>Suggested talking points</source>
        <translation>建议议题</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Save briefing pack</source>
        <translation>保存访问简报</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>已保存 %1（共 %2 页）。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Preparing the pack…</source>
        <translation>正在生成简报…</translation>
    </message>
    <message>
        <source>The pack could not be made: %1</source>
        <translation>无法生成简报：%1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Day-by-day agenda</source>
        <translation>逐日日程</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>另存为 Word…</translation>
    </message>
    <message>
        <source>Save pack…</source>
        <translation>保存简报…</translation>
    </message>
    <message>
        <source>Why this visit</source>
        <translation>为何此次访问</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>About the theme</source>
        <translation>关于该主题</translation>
    </message>
    <message>
        <source>Webinars and meetings</source>
        <translation>网络研讨会和会议</translation>
    </message>
    <message>
        <source>Member places and what they presented</source>
        <translation>成员地方及其介绍内容</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>案例研究</translation>
    </message>
    <message>
        <source>Full dossier</source>
        <translation>完整档案</translation>
    </message>
    <message>
        <source>Pocket brief (two pages)</source>
        <translation>口袋简报（两页）</translation>
    </message>
    <message>
        <source>Agenda (day by day, then the stops)</source>
        <translation>日程（逐日安排，然后各站点）</translation>
    </message>
    <message>
        <source>No longer in the catalogue, left out: %1</source>
        <translation>已不在资料库中，已略去：%1</translation>
    </message>
    <message>
        <source>Your earlier choices for this pack are back.</source>
        <translation>已恢复您之前为此简报所做的选择。</translation>
    </message>
    <message>
        <source>Save briefing pack as Word</source>
        <translation>将简报另存为 Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Save pack</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <source>Saved as “%1” in Saved packs.</source>
        <translation>已以“%1”保存到“已保存的简报”。</translation>
    </message>
    <message>
        <source>Save this pack under a name before closing?</source>
        <translation>关闭前以一个名称保存此简报？</translation>
    </message>
    <message>
        <source>Your choices are kept until you quit; a saved pack is kept for good.</source>
        <translation>您的选择会保留到退出程序为止；保存的简报会一直保留。</translation>
    </message>
</context>
<context>
    <name>BriefingLauncher</name>
    <message>
        <source>Open a record first: a pack is made for a record.</source>
        <translation>请先打开一条记录：简报是为记录制作的。</translation>
    </message>
    <message>
        <source>Packs are made for places, events, partnerships, case studies, networks, clusters and challenges; open one of those (or the place this record belongs to).</source>
        <translation>简报适用于地方、活动、伙伴关系、案例研究、网络、集群和挑战；请打开其中之一（或此记录所属的地方）。</translation>
    </message>
</context>
<context>
    <name>BugDialog</name>
    <message>
        <source>IURC Desktop: something went wrong</source>
        <translation>IURC Desktop：出现问题</translation>
    </message>
    <message>
        <source>IURC Desktop hit a problem it did not expect and could not finish.</source>
        <translation>IURC Desktop 遇到意外问题，未能完成操作。</translation>
    </message>
    <message>
        <source>What failed: %1</source>
        <translation>出错之处：%1</translation>
    </message>
    <message>
        <source>The details are in the log: %1</source>
        <translation>详细信息在日志中：%1</translation>
    </message>
    <message>
        <source>No log could be written; copy the details below.</source>
        <translation>无法写入日志；请复制下面的详细信息。</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>问题详情</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>DailyUpdateCheck</name>
    <message>
        <source>Catalogue %1 is available: File › Import data update… › Check for updates.</source>
        <translation>资料库 %1 已发布：文件 › 导入数据更新… › 检查更新。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>★ Favourite</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation>☆ 加入收藏</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Briefing pack…</source>
        <translation>访问简报…</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新笔记</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <source>Choose a record on the left, or search for one.</source>
        <translation>请在左侧选择一条记录，或进行搜索。</translation>
    </message>
    <message>
        <source>Only places, partnerships and events are on the map; open one of those from this page.</source>
        <translation>只有地方、伙伴关系和活动可以在地图上显示；请从本页打开其中之一。</translation>
    </message>
    <message>
        <source>This record is not in the current catalogue.</source>
        <translation>当前资料库中没有此记录。</translation>
    </message>
    <message>
        <source>“%1” was removed in catalogue version %2. Your notes on it are kept below.</source>
        <translation>“%1”已在资料库版本 %2 中删除。您对它的笔记仍保留在下方。</translation>
    </message>
    <message>
        <source>Write a note on this record… (Ctrl+Enter adds it)</source>
        <translation>为此记录写笔记…（Ctrl+Enter 添加）</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>保存笔记</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>笔记已删除。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1，编辑于 %2</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <source>My notes: none on this record yet; write one below.</source>
        <translation>我的笔记：此记录还没有笔记，可在下方写一条。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside IURC Desktop. Details are in the log: {log}</source>
        <translation>IURC Desktop 内部出现问题。详细信息已记录在日志中：{log}</translation>
    </message>
    <message>
        <source>There is no record “{kind}:{id}” in this catalogue.</source>
        <translation>此资料库中没有记录“{kind}:{id}”。</translation>
    </message>
    <message>
        <source>Something went wrong inside IURC Desktop, and its log could not be written either.</source>
        <translation>IURC Desktop 内部出现问题，而且日志也无法写入。</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>IURC Desktop is not allowed to read or write {path}.</source>
        <translation>IURC Desktop 无权读取或写入 {path}。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: free some space and try again.</source>
        <translation>{path} 所在的磁盘已满：请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk.</source>
        <translation>{path} 位于只读磁盘上。</translation>
    </message>
    <message>
        <source>{path} cannot be read or written (system error {code}).</source>
        <translation>无法读取或写入 {path}（系统错误 {code}）。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first or choose another place.</source>
        <translation>文件夹 {folder} 不存在：请先创建它，或选择其他位置。</translation>
    </message>
    <message>
        <source>IURC Desktop cannot write in {folder}: choose another folder.</source>
        <translation>IURC Desktop 无法写入 {folder}：请选择其他文件夹。</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of a file.</source>
        <translation>{path} 是文件夹：请提供文件名。</translation>
    </message>
    <message>
        <source>{path} exists already: choose a new file.</source>
        <translation>{path} 已存在：请选择一个新文件。</translation>
    </message>
    <message>
        <source>The command line holds text that is not valid UTF-8: {arg}</source>
        <translation>命令行包含无效的 UTF-8 文本：{arg}</translation>
    </message>
    <message>
        <source>Missing on the command line: {names}. See “iurc-desktop --help”.</source>
        <translation>命令行缺少：{names}。请参阅“iurc-desktop --help”。</translation>
    </message>
    <message>
        <source>Not understood on the command line: {args}. See “iurc-desktop --help”.</source>
        <translation>无法识别的命令行参数：{args}。请参阅“iurc-desktop --help”。</translation>
    </message>
    <message>
        <source>“{value}” is not a choice for {argument}; choose one of: {choices}.</source>
        <translation>“{value}”不是 {argument} 的可选值；请从以下选择：{choices}。</translation>
    </message>
    <message>
        <source>{argument} needs a value.</source>
        <translation>{argument} 需要一个值。</translation>
    </message>
    <message>
        <source>{argument} cannot be used together with {other}.</source>
        <translation>{argument} 不能与 {other} 同时使用。</translation>
    </message>
    <message>
        <source>One of {names} is needed.</source>
        <translation>需要 {names} 中的一项。</translation>
    </message>
    <message>
        <source>The command line is not right: “{detail}”. See “iurc-desktop --help”.</source>
        <translation>命令行有误：“{detail}”。请参阅“iurc-desktop --help”。</translation>
    </message>
    <message>
        <source>“{value}” is not a language of IURC Desktop: use en, zh or pt.</source>
        <translation>“{value}”不是 IURC Desktop 的语言：请使用 en、zh 或 pt。</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of record; use one of: {choices}.</source>
        <translation>“{value}”不是记录类型；请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <source>{argument} takes a whole number from 0 to {maximum}, not “{value}”.</source>
        <translation>{argument} 须为 0 到 {maximum} 之间的整数，而不是“{value}”。</translation>
    </message>
    <message>
        <source>“{url}” is not a web address IURC Desktop can use: give an http:// or https:// address.</source>
        <translation>“{url}”不是 IURC Desktop 可用的网址：请提供 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>The output file must end in .pdf: {path}</source>
        <translation>输出文件必须以 .pdf 结尾：{path}</translation>
    </message>
    <message>
        <source>A data bundle must be signed: give the private key with --key KEYFILE.</source>
        <translation>数据包必须签名：请用 --key KEYFILE 指定私钥。</translation>
    </message>
    <message>
        <source>Not built: the source has {count} problem(s), listed above.</source>
        <translation>未生成：源数据有 {count} 个问题，见上方列表。</translation>
    </message>
    <message>
        <source>The source has no [catalogue] version: give one with --version.</source>
        <translation>源数据没有 [catalogue] 版本：请用 --version 指定。</translation>
    </message>
    <message>
        <source>Not applied: confirm with --yes when not running interactively. Nothing was changed.</source>
        <translation>未应用：非交互运行时请用 --yes 确认。未做任何更改。</translation>
    </message>
    <message>
        <source>There is no update channel yet: give one with --channel URL (it is then remembered).</source>
        <translation>尚未设置更新渠道：请用 --channel URL 指定（之后会记住）。</translation>
    </message>
    <message>
        <source>This update is signed by a key this installation does not trust ({key}): trust the publisher first.</source>
        <translation>此更新由本机不信任的密钥（{key}）签署：请先信任该发布者。</translation>
    </message>
    <message>
        <source>The font {font} is missing (looked in {folders}): reinstall IURC Desktop.</source>
        <translation>缺少字体 {font}（已查找 {folders}）：请重新安装 IURC Desktop。</translation>
    </message>
    <message>
        <source>The font file {path} cannot be used: reinstall IURC Desktop.</source>
        <translation>字体文件 {path} 无法使用：请重新安装 IURC Desktop。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a data bundle.</source>
        <translation>{name} 是一个文件夹，不是数据包。</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({code}).</source>
        <translation>无法读取文件 {name}（{code}）。</translation>
    </message>
    <message>
        <source>{name} is empty: it is not a data bundle.</source>
        <translation>{name} 是空的：它不是数据包。</translation>
    </message>
    <message>
        <source>{name} is not an IURC data bundle, or it is truncated or damaged.</source>
        <translation>{name} 不是 IURC 数据包，或者已被截断或损坏。</translation>
    </message>
    <message>
        <source>The bundle holds {count} files; a data bundle holds 3. Refused.</source>
        <translation>数据包中有 {count} 个文件；数据包应只有 3 个。已拒绝。</translation>
    </message>
    <message>
        <source>The bundle holds a file with an unsafe name ({member}). Refused.</source>
        <translation>数据包中有一个名称不安全的文件（{member}）。已拒绝。</translation>
    </message>
    <message>
        <source>The bundle holds an unexpected file ({member}). Refused.</source>
        <translation>数据包中有一个意外的文件（{member}）。已拒绝。</translation>
    </message>
    <message>
        <source>The bundle holds {member} twice. Refused.</source>
        <translation>数据包中 {member} 出现了两次。已拒绝。</translation>
    </message>
    <message>
        <source>{member} in the bundle is too large ({size} bytes). Refused.</source>
        <translation>数据包中的 {member} 太大（{size} 字节）。已拒绝。</translation>
    </message>
    <message>
        <source>{member} in the bundle expands {ratio} times, like a zip bomb. Refused.</source>
        <translation>数据包中的 {member} 解压后膨胀 {ratio} 倍，像是压缩炸弹。已拒绝。</translation>
    </message>
    <message>
        <source>{member} in the bundle is encrypted. Refused.</source>
        <translation>数据包中的 {member} 已加密。已拒绝。</translation>
    </message>
    <message>
        <source>{member} in the bundle uses an unknown compression method ({method}). Refused.</source>
        <translation>数据包中的 {member} 使用了未知的压缩方法（{method}）。已拒绝。</translation>
    </message>
    <message>
        <source>{member} in the bundle is larger than it declares. Refused.</source>
        <translation>数据包中的 {member} 比其声明的更大。已拒绝。</translation>
    </message>
    <message>
        <source>{name} is truncated or damaged: {member} cannot be read.</source>
        <translation>{name} 已被截断或损坏：无法读取 {member}。</translation>
    </message>
    <message>
        <source>The bundle has no manifest: it is not an IURC data bundle.</source>
        <translation>该数据包没有清单：它不是 IURC 数据包。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is unreadable. Refused.</source>
        <translation>无法读取数据包的清单。已拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has an invalid value for “{field}”. Refused.</source>
        <translation>数据包清单中“{field}”的值无效。已拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s catalogue version is not a valid version (digits separated by dots). Refused.</source>
        <translation>数据包的目录版本号无效（应为以点分隔的数字）。已拒绝。</translation>
    </message>
    <message>
        <source>The bundle is not signed. Refused.</source>
        <translation>数据包没有签名。已拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is unreadable. Refused.</source>
        <translation>无法读取数据包的签名。已拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature uses an unsupported algorithm. Refused.</source>
        <translation>数据包的签名使用了不受支持的算法。已拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match: it was altered or signed with another key.</source>
        <translation>数据包的签名不匹配：它已被改动，或由另一个密钥签名。</translation>
    </message>
    <message>
        <source>The bundle uses data format {format}, newer than this app knows ({known}). Update IURC Desktop first.</source>
        <translation>数据包使用数据格式 {format}，比本应用支持的（{known}）更新。请先更新 IURC 桌面版。</translation>
    </message>
    <message>
        <source>The bundle needs IURC Desktop {needed} or later (this is {current}).</source>
        <translation>该数据包需要 IURC 桌面版 {needed} 或更高版本（当前为 {current}）。</translation>
    </message>
    <message>
        <source>The bundle holds no records. Refused.</source>
        <translation>数据包中没有记录。已拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s records do not match the manifest&apos;s hash: the bundle was altered or damaged.</source>
        <translation>数据包的记录与清单中的哈希值不符：数据包已被改动或损坏。</translation>
    </message>
    <message>
        <source>Record line {line} of the bundle is not valid UTF-8. Refused.</source>
        <translation>数据包第 {line} 行记录不是有效的 UTF-8。已拒绝。</translation>
    </message>
    <message>
        <source>Record line {line} of the bundle is not a valid record. Refused.</source>
        <translation>数据包第 {line} 行不是有效的记录。已拒绝。</translation>
    </message>
    <message>
        <source>Record line {line} of the bundle has an invalid field “{field}”. Refused.</source>
        <translation>数据包第 {line} 行记录的字段“{field}”无效。已拒绝。</translation>
    </message>
    <message>
        <source>Record line {line} of the bundle is longer than {limit} bytes. Refused.</source>
        <translation>数据包第 {line} 行记录超过 {limit} 字节。已拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s records refer to a record it does not hold ({source} → {target}). Refused.</source>
        <translation>数据包的记录引用了包中没有的记录（{source} → {target}）。已拒绝。</translation>
    </message>
    <message>
        <source>The bundle holds a record twice. Refused.</source>
        <translation>数据包中有一条记录出现了两次。已拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s record counts do not match its manifest. Refused.</source>
        <translation>数据包的记录数量与其清单不符。已拒绝。</translation>
    </message>
    <message>
        <source>The bundle holds catalogue {version}, which is not newer than the installed {installed}.</source>
        <translation>数据包中的目录版本为 {version}，并不比已安装的 {installed} 更新。</translation>
    </message>
    <message>
        <source>There is no previous catalogue to go back to.</source>
        <translation>没有可以回退到的上一个目录。</translation>
    </message>
    <message>
        <source>The catalogue file {name} is missing. Nothing was changed.</source>
        <translation>缺少目录文件 {name}。未做任何更改。</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk holding {path} (or the disk failed). Nothing was changed.</source>
        <translation>存放 {path} 的磁盘空间不足（或磁盘出错）。未做任何更改。</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written. Nothing was changed.</source>
        <translation>无法写入文件夹 {path}。未做任何更改。</translation>
    </message>
    <message>
        <source>IURC Desktop is busy with the data folder {path} (a window or another command is using it). Close it or try again in a moment.</source>
        <translation>IURC 桌面版正在使用数据文件夹 {path}（一个窗口或另一个命令正在使用它）。请关闭它，或稍后再试。</translation>
    </message>
    <message>
        <source>The data in {path} stayed locked by another program. Nothing was changed; try again in a moment.</source>
        <translation>{path} 中的数据一直被另一个程序锁定。未做任何更改；请稍后再试。</translation>
    </message>
    <message>
        <source>The catalogue source has {count} problems; the first is in {file}. Nothing was built.</source>
        <translation>目录源有 {count} 个问题；第一个在 {file} 中。未生成任何内容。</translation>
    </message>
    <message>
        <source>The catalogue database was damaged. It was kept as {name}, and the catalogue shipped with the app was installed again.</source>
        <translation>目录数据库已损坏。它已保留为 {name}，并已重新安装应用自带的目录。</translation>
    </message>
    <message>
        <source>Your user database (notes, favourites, plans) was damaged. It was kept as {name}, and IURC Desktop started with an empty one.</source>
        <translation>您的用户数据库（笔记、收藏、计划）已损坏。它已保留为 {name}，IURC 桌面版已使用一个空的数据库启动。</translation>
    </message>
    <message>
        <source>{name} is damaged: SQLite&apos;s check reports “{detail}”.</source>
        <translation>{name} 已损坏：SQLite 检查报告“{detail}”。</translation>
    </message>
    <message>
        <source>No catalogue is installed.</source>
        <translation>尚未安装目录。</translation>
    </message>
    <message>
        <source>Catalogue {version} carries no signature. Import a signed data bundle.</source>
        <translation>目录 {version} 没有签名。请导入已签名的数据包。</translation>
    </message>
    <message>
        <source>The installed catalogue&apos;s signature does not check out. Import the data bundle again.</source>
        <translation>已安装目录的签名校验未通过。请重新导入数据包。</translation>
    </message>
    <message>
        <source>The installed catalogue is signed by a key this installation does not trust (unknown key {key}).</source>
        <translation>已安装的目录由本安装不信任的密钥签名（未知密钥 {key}）。</translation>
    </message>
    <message>
        <source>The installed catalogue says {version}, but its signed manifest says {signed}.</source>
        <translation>已安装的目录标明版本 {version}，但其签名清单标明 {signed}。</translation>
    </message>
    <message>
        <source>Catalogue {version} differs from what was signed: it was changed after it was installed. Import the data bundle again, or roll back.</source>
        <translation>目录 {version} 与签名内容不一致：安装后被改动过。请重新导入数据包，或回退。</translation>
    </message>
    <message>
        <source>The catalogue shipped with this application has {count} problems.</source>
        <translation>本应用自带的目录有 {count} 个问题。</translation>
    </message>
    <message>
        <source>{path} exists already; keys are never overwritten.</source>
        <translation>{path} 已存在；密钥永远不会被覆盖。</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read ({code}).</source>
        <translation>无法读取密钥文件 {path}（{code}）。</translation>
    </message>
    <message>
        <source>{path} is not an unencrypted PEM private key.</source>
        <translation>{path} 不是未加密的 PEM 私钥。</translation>
    </message>
    <message>
        <source>{path} is not a PEM public key.</source>
        <translation>{path} 不是 PEM 公钥。</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 key.</source>
        <translation>{path} 不是 Ed25519 密钥。</translation>
    </message>
    <message>
        <source>There is no catalogue at {path}.</source>
        <translation>{path} 处没有目录。</translation>
    </message>
    <message>
        <source>{path} is not an IURC catalogue database.</source>
        <translation>{path} 不是 IURC 目录数据库。</translation>
    </message>
    <message>
        <source>{path} is not an IURC user database.</source>
        <translation>{path} 不是 IURC 用户数据库。</translation>
    </message>
    <message>
        <source>{path} was written by a newer IURC Desktop (schema {version}). Update the app.</source>
        <translation>{path} 由更新版本的 IURC 桌面版写入（架构 {version}）。请更新应用。</translation>
    </message>
    <message>
        <source>The catalogue source folder {path} was not found.</source>
        <translation>找不到目录源文件夹 {path}。</translation>
    </message>
    <message>
        <source>The catalogue&apos;s records refer to a record it does not hold ({source} → {target}).</source>
        <translation>目录中的记录引用了目录中没有的记录（{source} → {target}）。</translation>
    </message>
    <message>
        <source>There are no .toml files in {path}.</source>
        <translation>{path} 中没有 .toml 文件。</translation>
    </message>
    <message>
        <source>An update channel must be an http or https address, not {url}.</source>
        <translation>更新渠道必须是 http 或 https 地址，而不是 {url}。</translation>
    </message>
    <message>
        <source>{url} is not a valid web address.</source>
        <translation>{url} 不是有效的网址。</translation>
    </message>
    <message>
        <source>The update server answered with status {status} for {url}.</source>
        <translation>更新服务器对 {url} 返回了状态 {status}。</translation>
    </message>
    <message>
        <source>The update server did not answer within {seconds} seconds.</source>
        <translation>更新服务器在 {seconds} 秒内没有响应。</translation>
    </message>
    <message>
        <source>The update server {host} cannot be reached.</source>
        <translation>无法连接更新服务器 {host}。</translation>
    </message>
    <message>
        <source>The update server {host} did not present a certificate this computer trusts. Refused.</source>
        <translation>更新服务器 {host} 出示的证书不受本机信任。已拒绝。</translation>
    </message>
    <message>
        <source>The update server is too slow (more than {seconds} seconds). Try again later.</source>
        <translation>更新服务器太慢（超过 {seconds} 秒）。请稍后再试。</translation>
    </message>
    <message>
        <source>The update server&apos;s answer was cut off or malformed.</source>
        <translation>更新服务器的响应被截断或格式错误。</translation>
    </message>
    <message>
        <source>The update feed is larger than {limit} bytes. Refused.</source>
        <translation>更新源超过 {limit} 字节。已拒绝。</translation>
    </message>
    <message>
        <source>The update feed is not in the expected format.</source>
        <translation>更新源的格式不符合要求。</translation>
    </message>
    <message>
        <source>The download is larger than any data bundle ({limit} bytes). It was stopped.</source>
        <translation>下载内容超过任何数据包的大小（{limit} 字节）。已停止下载。</translation>
    </message>
    <message>
        <source>The downloaded file does not match the feed&apos;s hash: it was altered or cut short.</source>
        <translation>下载的文件与更新源中的哈希值不符：它已被改动或不完整。</translation>
    </message>
    <message>
        <source>There is no visit plan with the id {id}.</source>
        <translation>没有 id 为 {id} 的访问计划。</translation>
    </message>
    <message>
        <source>A stop is a place or an event; “{target}” is neither.</source>
        <translation>行程站点必须是地点或活动；“{target}”两者都不是。</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“{value}”不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day; write it as HH:MM.</source>
        <translation>“{value}”不是时刻；请写成 HH:MM。</translation>
    </message>
    <message>
        <source>The stop would end ({end}) before it starts ({start}).</source>
        <translation>该站点的结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>A stop with a time needs a date too.</source>
        <translation>设定了时间的行程站点也需要日期。</translation>
    </message>
    <message>
        <source>“{file}” cannot be read. Nothing was changed.</source>
        <translation>无法读取“{file}”。未做任何更改。</translation>
    </message>
    <message>
        <source>“{file}” could not be written. Nothing was changed.</source>
        <translation>无法写入“{file}”。未做任何更改。</translation>
    </message>
    <message>
        <source>“{file}” is too large for a plan file ({limit} bytes at most). Nothing was imported.</source>
        <translation>“{file}”太大，不可能是计划文件（最多 {limit} 字节）。未导入任何内容。</translation>
    </message>
    <message>
        <source>“{file}” is not UTF-8 text, so it is not a plan file. Nothing was imported.</source>
        <translation>“{file}”不是 UTF-8 文本，因此不是计划文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>“{file}” is not an IURC Desktop plan file, or it is damaged. Nothing was imported.</source>
        <translation>“{file}”不是 IURC 桌面版计划文件，或已损坏。未导入任何内容。</translation>
    </message>
    <message>
        <source>“{file}” is nested more deeply than a plan file can be. Nothing was imported.</source>
        <translation>“{file}”的嵌套层级超出计划文件的允许范围。未导入任何内容。</translation>
    </message>
    <message>
        <source>“{file}” was written by a newer IURC Desktop (plan format {version}); update the app to import it.</source>
        <translation>“{file}”由较新版本的 IURC 桌面版写入（计划格式 {version}）；请更新应用后再导入。</translation>
    </message>
    <message>
        <source>“{file}” is damaged: the value at {where} is not valid. Nothing was imported.</source>
        <translation>“{file}”已损坏：{where} 处的值无效。未导入任何内容。</translation>
    </message>
    <message>
        <source>“{file}” is too large for a backup of your data ({limit} bytes at most). Nothing was restored.</source>
        <translation>“{file}”太大，不可能是您的数据备份（最多 {limit} 字节）。未恢复任何内容。</translation>
    </message>
    <message>
        <source>“{file}” is not a backup of IURC Desktop data, or it is damaged. Nothing was restored.</source>
        <translation>“{file}”不是 IURC 桌面版数据的备份，或已损坏。未恢复任何内容。</translation>
    </message>
    <message>
        <source>“{file}” was made by a newer IURC Desktop (data version {version}); update the app to restore it.</source>
        <translation>“{file}”由较新版本的 IURC 桌面版创建（数据版本 {version}）；请更新应用后再恢复。</translation>
    </message>
    <message>
        <source>“{file}” is the live data file itself; choose another file.</source>
        <translation>“{file}”正是正在使用的数据文件，请选择其他文件。</translation>
    </message>
    <message>
        <source>Nothing was restored: confirm with --yes when not running interactively.</source>
        <translation>未恢复任何内容：非交互运行时请用 --yes 确认。</translation>
    </message>
    <message>
        <source>The map file {path} must end in .svg, .png or .pdf.</source>
        <translation>地图文件 {path} 的扩展名必须是 .svg、.png 或 .pdf。</translation>
    </message>
    <message>
        <source>The map could not be written to {path}: {reason}</source>
        <translation>无法将地图写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>A pack is a .pdf or .docx file named to match --format: {path}</source>
        <translation>简报是 .pdf 或 .docx 文件，文件名须与 --format 一致：{path}</translation>
    </message>
    <message>
        <source>The agenda form is made from a visit plan: give --plan ID.</source>
        <translation>日程形式需根据访问计划生成：请给出 --plan ID。</translation>
    </message>
</context>
<context>
    <name>FacetBar</name>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>所有年份</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>所有地方</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>EU–China pairs</source>
        <translation>欧盟–中国结对</translation>
    </message>
    <message>
        <source>Other pairs</source>
        <translation>其他结对</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>IURC Desktop — User guide</source>
        <translation>IURC 桌面版 — 用户指南</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>搜索指南</translation>
    </message>
    <message>
        <source>Sections of the guide</source>
        <translation>指南章节</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>指南正文</translation>
    </message>
    <message>
        <source>No section of the guide mentions “%1”. Try fewer or other words.</source>
        <translation>指南中没有章节提到“%1”。请减少或换用其他词语。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data update</source>
        <translation>导入数据更新</translation>
    </message>
    <message>
        <source>Choose a data file…</source>
        <translation>选择数据文件…</translation>
    </message>
    <message>
        <source>or drop a .iurcdata file here</source>
        <translation>或将 .iurcdata 文件拖放到此处</translation>
    </message>
    <message>
        <source>Update channel address (https://…/feed.json)</source>
        <translation>更新频道地址（https://…/feed.json）</translation>
    </message>
    <message>
        <source>Update channel address</source>
        <translation>更新频道地址</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>检查更新</translation>
    </message>
    <message>
        <source>Check once a day when the app starts</source>
        <translation>启动时每天检查一次</translation>
    </message>
    <message>
        <source>Importing the update: %1 %</source>
        <translation>正在导入更新：%1%</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>What the update changes</source>
        <translation>本次更新的变更内容</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>应用更新</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>仍然安装</translation>
    </message>
    <message>
        <source>Go back to the previous catalogue</source>
        <translation>恢复到上一版资料库</translation>
    </message>
    <message>
        <source>Trust this publisher…</source>
        <translation>信任此发布者…</translation>
    </message>
    <message>
        <source>Installed catalogue: %1 (%2).</source>
        <translation>已安装的资料库：%1（%2）。</translation>
    </message>
    <message>
        <source>Previous catalogue kept for rollback: %1.</source>
        <translation>保留用于回滚的上一版资料库：%1。</translation>
    </message>
    <message>
        <source>Choose a data update</source>
        <translation>选择数据更新</translation>
    </message>
    <message>
        <source>IURC data (*.iurcdata)</source>
        <translation>IURC 数据 (*.iurcdata)</translation>
    </message>
    <message>
        <source>Enter the address of the programme&apos;s update channel first.</source>
        <translation>请先输入项目更新频道的地址。</translation>
    </message>
    <message>
        <source>Checking the signature and reading the update…</source>
        <translation>正在核验签名并读取更新…</translation>
    </message>
    <message>
        <source>Up to date: the channel offers %1, the installed catalogue is %2.</source>
        <translation>已是最新：频道提供 %1，已安装的资料库为 %2。</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>未安装：%1</translation>
    </message>
    <message>
        <source>Catalogue %1 of %2, signed by key %3. Nothing changes until you apply it.</source>
        <translation>资料库 %1（%2），由密钥 %3 签名。在您应用之前不会有任何改动。</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <source>No record changes</source>
        <translation>记录没有变化</translation>
    </message>
    <message>
        <source>Switching to the new catalogue…</source>
        <translation>正在切换到新资料库…</translation>
    </message>
    <message>
        <source>Catalogue %1 is installed.</source>
        <translation>资料库 %1 已安装。</translation>
    </message>
    <message>
        <source>The publisher&apos;s public key</source>
        <translation>发布者的公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>公钥 (*.pub)</translation>
    </message>
    <message>
        <source>The key %1 is not the one this update is signed with (%2). Nothing was trusted.</source>
        <translation>密钥 %1 不是签署此更新的密钥（%2）。未信任任何密钥。</translation>
    </message>
    <message>
        <source>Trust the publisher key %1?

Fingerprint:
%2

Compare it with the fingerprint the programme published. Updates signed with this key will then be accepted.</source>
        <translation>信任发布者密钥 %1 吗？

指纹：
%2

请与项目公布的指纹核对。之后将接受用此密钥签署的更新。</translation>
    </message>
    <message>
        <source>Trust this publisher</source>
        <translation>信任此发布者</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，未做任何改动。</translation>
    </message>
    <message>
        <source>Not imported: %1 Nothing was changed.</source>
        <translation>未导入：%1 未做任何更改。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Filter this list</source>
        <translation>筛选此列表</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Search results are in order of relevance; clear the search box to filter or sort the list.</source>
        <translation>搜索结果按相关度排列；清空搜索框后即可筛选或排序列表。</translation>
    </message>
    <message>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <source>Z–A</source>
        <translation>Z–A</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>记录：%1</translation>
    </message>
    <message>
        <source>Records: %1 of %2</source>
        <translation>记录：%1 / %2</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>这里暂无内容。</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Clear the filter text or choose “Clear filters”.</source>
        <translation>没有符合这些筛选条件的记录。请清除筛选文字或点击“清除筛选”。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IURC Desktop</source>
        <translation>IURC 桌面版</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Briefing pack…</source>
        <translation>访问简报…</translation>
    </message>
    <message>
        <source>Visit plans…</source>
        <translation>访问计划…</translation>
    </message>
    <message>
        <source>Briefing pack from favourites…</source>
        <translation>用收藏生成访问简报…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>About IURC Desktop</source>
        <translation>关于 IURC 桌面版</translation>
    </message>
    <message>
        <source>Import data update…</source>
        <translation>导入数据更新…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Search places, events, case studies… (Ctrl+K)</source>
        <translation>搜索地方、活动、案例研究…（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>正在打开资料库…</translation>
    </message>
    <message>
        <source>Catalogue %1 of %2</source>
        <translation>资料库 %1（%2）</translation>
    </message>
    <message>
        <source>record removed in catalogue version %1</source>
        <translation>记录已在资料库版本 %1 中删除</translation>
    </message>
    <message>
        <source>my note</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <source>Mark places or case studies as favourites first.</source>
        <translation>请先将地方或案例研究加入收藏。</translation>
    </message>
    <message>
        <source>My favourites</source>
        <translation>我的收藏</translation>
    </message>
    <message>
        <source>No favourites yet: ☆ Add to favourites on any page.</source>
        <translation>尚无收藏：在任意页面点击“☆ 加入收藏”。</translation>
    </message>
    <message>
        <source>No notes yet: write one under any record&apos;s page.</source>
        <translation>尚无笔记：可在任意记录页面下方撰写。</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <source>The open place, partnership or event on the map (Ctrl+M)</source>
        <translation>在地图上显示当前打开的地方、伙伴关系或活动（Ctrl+M）</translation>
    </message>
    <message>
        <source>Open a place, partnership or event first.</source>
        <translation>请先打开一个地方、伙伴关系或活动。</translation>
    </message>
    <message>
        <source>Saved packs…</source>
        <translation>已保存的简报…</translation>
    </message>
    <message>
        <source>Make a briefing pack for this record (Ctrl+P)</source>
        <translation>为此记录制作访问简报（Ctrl+P）</translation>
    </message>
    <message>
        <source>Open a place, event, partnership, case study, network, cluster or challenge first.</source>
        <translation>请先打开一个地方、活动、伙伴关系、案例研究、网络、集群或挑战。</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>其他地区</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>Land and sea only; no borders are drawn. Natural Earth.</source>
        <translation>仅显示陆地与海洋，不绘制任何边界。数据：Natural Earth。</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Places on the map: %1</source>
        <translation>地图上的地方：%1</translation>
    </message>
    <message>
        <source>Places and partnerships</source>
        <translation>地方与伙伴关系</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Places of events</source>
        <translation>活动举办地</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>所有年份</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Frame the whole map again (0)</source>
        <translation>重新显示整幅地图（0）</translation>
    </message>
    <message>
        <source>What to show</source>
        <translation>显示内容</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Tab moves through the places in view, Enter opens one; + and − zoom, arrows pan.</source>
        <translation>Tab 键在视野内的地方之间移动，回车键打开；+ 和 − 缩放，方向键平移。</translation>
    </message>
    <message>
        <source>Land and sea only; no borders are drawn. Natural Earth.</source>
        <translation>仅显示陆地与海洋，不绘制任何边界。数据：Natural Earth。</translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <source>Places</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Other regions</source>
        <translation>其他地区</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Thematic networks</source>
        <translation>主题网络</translation>
    </message>
    <message>
        <source>Thematic clusters</source>
        <translation>主题集群</translation>
    </message>
    <message>
        <source>Cross-cutting challenges</source>
        <translation>跨领域挑战</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>网络研讨会</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>考察访问</translation>
    </message>
    <message>
        <source>Meetings and conferences</source>
        <translation>会议与大会</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>案例研究</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>Pack preview</source>
        <translation>简报预览</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ 共 %1 页</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>not in your catalogue ({name})</source>
        <translation>不在您的资料库中（{name}）</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Brief on</source>
        <translation>需了解</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>行程站点</translation>
    </message>
    <message>
        <source>date not set</source>
        <translation>日期未定</translation>
    </message>
    <message>
        <source>No stops yet.</source>
        <translation>尚无行程站点。</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>访问计划</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>当地时间</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>与界面相同</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸</translation>
    </message>
    <message>
        <source>Include my notes in packs</source>
        <translation>在访问简报中包含我的笔记</translation>
    </message>
    <message>
        <source>https://… (ask whoever publishes your updates)</source>
        <translation>https://…（请向更新的发布者询问）</translation>
    </message>
    <message>
        <source>Check once a day when the app starts</source>
        <translation>每天启动应用时检查一次</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation>简报语言</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>第二语言</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Briefing packs</source>
        <translation>访问简报</translation>
    </message>
    <message>
        <source>Update channel address</source>
        <translation>更新渠道地址</translation>
    </message>
    <message>
        <source>Data updates</source>
        <translation>数据更新</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Back up my data…</source>
        <translation>备份我的数据…</translation>
    </message>
    <message>
        <source>Clear recent records</source>
        <translation>清除最近记录</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>我的数据</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Recent records cleared.</source>
        <translation>最近记录已清除。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>上级目录</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>列表视图</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>详细视图</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>选择(&amp;C)</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>侧边栏</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>最近位置</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>显示隐藏文件(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>新建文件夹(&amp;N)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 已存在。
要替换它吗？</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
找不到文件。
请检查文件名是否正确。</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>确定要删除“%1”吗？</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>我的电脑</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>显示详细信息…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>隐藏详细信息…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>选项(&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>选项(&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>打印到文件 (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>写入 PDF 文件</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>打印到文件…</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>所有页面</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>奇数页</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>偶数页</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>颜色模式</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>双面打印</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>长边装订</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>短边装订</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>打印范围</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>全部打印</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>页面范围从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>指定页码或范围，用逗号分隔。范围用连字符连接两个数字表示。例如：3,5-7,9 打印第 3、5、6、7 和 9 页。</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>当前页</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>所选内容</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>页面集(&amp;S)：</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>输出设置</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>份数：</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>逐份打印</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>逆序</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>属性(&amp;R)</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>输出文件(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QuickOpenDialog</name>
    <message>
        <source>Open a recent or favourite record</source>
        <translation>打开最近的记录或收藏</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>输入以筛选</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Recent and favourite records</source>
        <translation>最近的记录和收藏</translation>
    </message>
    <message>
        <source>Nothing to open yet: the records you open and your favourites appear here.</source>
        <translation>还没有可打开的内容：您打开过的记录和收藏会显示在这里。</translation>
    </message>
    <message>
        <source>No recent or favourite record matches “%1”.</source>
        <translation>没有与“%1”匹配的最近记录或收藏。</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>No recent records yet: the records you open appear here.</source>
        <translation>还没有最近记录：您打开的记录会显示在这里。</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Date unknown</source>
        <translation>日期不详</translation>
    </message>
</context>
<context>
    <name>SavedFileBox</name>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>SavedPacksDialog</name>
    <message>
        <source>Saved packs</source>
        <translation>已保存的简报</translation>
    </message>
    <message>
        <source>No saved packs yet. In the briefing composer, choose Save pack… to keep one.</source>
        <translation>尚无保存的简报。在简报编排窗口中选择“保存简报…”即可保存。</translation>
    </message>
    <message>
        <source>Open and build again</source>
        <translation>打开并重新生成</translation>
    </message>
    <message>
        <source>Opens the pack&apos;s choices on today&apos;s catalogue</source>
        <translation>按当前资料库打开该简报的选择</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Rename pack</source>
        <translation>重命名简报</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Another saved pack is called “%1”.</source>
        <translation>已有另一个保存的简报名为“%1”。</translation>
    </message>
    <message>
        <source>Delete pack</source>
        <translation>删除简报</translation>
    </message>
    <message>
        <source>Delete the saved pack “%1”?</source>
        <translation>删除保存的简报“%1”？</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>approximate: {name}</source>
        <translation>近似：{name}</translation>
    </message>
    <message>
        <source>Traditional → Simplified: {text}</source>
        <translation>繁体 → 简体：{text}</translation>
    </message>
    <message>
        <source>pinyin: {text}</source>
        <translation>拼音：{text}</translation>
    </message>
    <message>
        <source>has some of the words</source>
        <translation>包含部分词语</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 个结果</translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation>{count} 个结果</translation>
    </message>
    <message>
        <source>No match for “{query}”.</source>
        <translation>没有与“{query}”匹配的结果。</translation>
    </message>
    <message>
        <source>Tried: {list}.</source>
        <translation>已尝试：{list}。</translation>
    </message>
    <message>
        <source>Did you mean “{suggestion}”?</source>
        <translation>您是不是要找“{suggestion}”？</translation>
    </message>
    <message>
        <source>No exact match for “{query}”; these are close.</source>
        <translation>没有与“{query}”完全匹配的结果；以下为相近结果。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>names and aliases</source>
        <translation>名称和别名</translation>
    </message>
    <message>
        <source>every text in three languages</source>
        <translation>三种语言的全部文本</translation>
    </message>
    <message>
        <source>similar spellings</source>
        <translation>相近拼写</translation>
    </message>
    <message>
        <source>Simplified characters</source>
        <translation>简体字</translation>
    </message>
    <message>
        <source>pinyin of Chinese names</source>
        <translation>中文名称的拼音</translation>
    </message>
    <message>
        <source>the number in other notations</source>
        <translation>该数字的其他写法</translation>
    </message>
    <message>
        <source>records with only some of the words</source>
        <translation>只含部分词语的记录</translation>
    </message>
</context>
<context>
    <name>StopsEditor</name>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Type a place or event to add a stop…</source>
        <translation>输入地点或活动以添加行程站点…</translation>
    </message>
    <message>
        <source>Add a stop</source>
        <translation>添加行程站点</translation>
    </message>
    <message>
        <source>Places and events found</source>
        <translation>找到的地点和活动</translation>
    </message>
    <message>
        <source>Stops in order</source>
        <translation>按顺序排列的行程站点</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+上箭头</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+下箭头</translation>
    </message>
    <message>
        <source>Remove stop</source>
        <translation>移除站点</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <source>Note for this stop</source>
        <translation>此站点的备注</translation>
    </message>
    <message>
        <source>Brief on</source>
        <translation>需了解</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>行程站点</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>not in your catalogue (%1)</source>
        <translation>不在您的资料库中（%1）</translation>
    </message>
    <message>
        <source>date not set</source>
        <translation>日期未定</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>时区未知</translation>
    </message>
</context>
<context>
    <name>UserDataActions</name>
    <message>
        <source>Import plan…</source>
        <translation>导入计划…</translation>
    </message>
    <message>
        <source>Back up my data…</source>
        <translation>备份我的数据…</translation>
    </message>
    <message>
        <source>Restore my data…</source>
        <translation>恢复我的数据…</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>导入计划</translation>
    </message>
    <message>
        <source>Visit plans (*.iurcplan)</source>
        <translation>访问计划 (*.iurcplan)</translation>
    </message>
    <message>
        <source>Back up my data</source>
        <translation>备份我的数据</translation>
    </message>
    <message>
        <source>Your data was backed up to %1.</source>
        <translation>您的数据已备份到 %1。</translation>
    </message>
    <message>
        <source>Restore my data</source>
        <translation>恢复我的数据</translation>
    </message>
    <message>
        <source>Everything in this backup is already here; nothing would change.</source>
        <translation>此备份中的所有内容都已存在，不会有任何更改。</translation>
    </message>
    <message>
        <source>IURC Desktop backups (%1)</source>
        <translation>IURC 桌面版备份 (%1)</translation>
    </message>
    <message>
        <source>Restoring adds and updates, and deletes nothing:</source>
        <translation>恢复只会新增和更新，不会删除任何内容：</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Notes: %1 added, %2 updated</source>
        <translation>笔记：新增 %1 条，更新 %2 条</translation>
    </message>
    <message>
        <source>Favourites: %1 added</source>
        <translation>收藏：新增 %1 项</translation>
    </message>
    <message>
        <source>Visit plans: %1 added, %2 updated</source>
        <translation>访问计划：新增 %1 个，更新 %2 个</translation>
    </message>
    <message>
        <source>Saved briefing packs: %1 added, %2 updated</source>
        <translation>已保存的简报：新增 %1 份，更新 %2 份</translation>
    </message>
    <message>
        <source>Settings: %1 added</source>
        <translation>设置：新增 %1 项</translation>
    </message>
</context>
<context>
    <name>VisitPlanDialog</name>
    <message>
        <source>Visit plans</source>
        <translation>访问计划</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>访问计划</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Briefing pack…</source>
        <translation>访问简报…</translation>
    </message>
    <message>
        <source>New visit plan</source>
        <translation>新建访问计划</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete plan…</source>
        <translation>删除计划…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Import plan…</source>
        <translation>导入计划…</translation>
    </message>
    <message>
        <source>Export plan…</source>
        <translation>导出计划…</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>导出到日历…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>目的(&amp;P)</translation>
    </message>
    <message>
        <source>Plan &amp;language</source>
        <translation>计划语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>代表团(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Stops</source>
        <translation>行程站点(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>no dates yet</source>
        <translation>尚无日期</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Delete the visit plan “%1”? This cannot be undone.</source>
        <translation>删除访问计划“%1”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>导入计划</translation>
    </message>
    <message>
        <source>Visit plans (*.iurcplan)</source>
        <translation>访问计划 (*.iurcplan)</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <source>Include the plan&apos;s notes?</source>
        <translation>是否包含计划的备注？</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>在地图上显示</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Visit briefing</source>
        <translation>访问简报</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>编制对象</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Information as of</source>
        <translation>信息截至</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>第 {n} 页</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Host profile</source>
        <translation>东道方概况</translation>
    </message>
    <message>
        <source>History of cooperation</source>
        <translation>合作历程</translation>
    </message>
    <message>
        <source>Partners and places with shared interests</source>
        <translation>合作伙伴与共同关注的地方</translation>
    </message>
    <message>
        <source>Clusters and cross-cutting challenges</source>
        <translation>主题集群与跨领域挑战</translation>
    </message>
    <message>
        <source>People from previous exchanges</source>
        <translation>以往交流中的人员</translation>
    </message>
    <message>
        <source>Suggested talking points</source>
        <translation>建议议题</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>案例研究</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Cooperation interests</source>
        <translation>合作意向</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>Cooperation areas</source>
        <translation>合作领域</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Events and what was presented</source>
        <translation>参与的活动及介绍内容</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>考察访问</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>始于</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Nothing recorded in the catalogue.</source>
        <translation>资料库中暂无记录。</translation>
    </message>
    <message>
        <source>(text not available in this language)</source>
        <translation>（此语言暂无文本）</translation>
    </message>
    <message>
        <source>Raised by {name}</source>
        <translation>由{name}提出</translation>
    </message>
    <message>
        <source>record removed from the catalogue</source>
        <translation>该记录已从资料库中删除</translation>
    </message>
    <message>
        <source>IUC</source>
        <translation>IUC（国际城市合作项目）</translation>
    </message>
    <message>
        <source>International Urban Cooperation, the EU programme of 2016–2020 that paired cities.</source>
        <translation>国际城市合作项目，欧盟2016–2020年推动城市结对合作的项目。</translation>
    </message>
    <message>
        <source>IURC</source>
        <translation>IURC（国际城市与区域合作项目）</translation>
    </message>
    <message>
        <source>International Urban and Regional Cooperation, the follow-on programme from 2021 for cities and regions.</source>
        <translation>国际城市与区域合作项目，2021年起面向城市和地区的后续项目。</translation>
    </message>
    <message>
        <source>Pilot city / region</source>
        <translation>试点城市/地区</translation>
    </message>
    <message>
        <source>A city or region selected to take part in the programme and paired with counterparts.</source>
        <translation>入选项目并与对口方结对的城市或地区。</translation>
    </message>
    <message>
        <source>Thematic network and cluster</source>
        <translation>主题网络与集群</translation>
    </message>
    <message>
        <source>The three networks group the cooperation by theme; each cluster is a narrower topic within a network.</source>
        <translation>三个主题网络按主题组织合作，每个集群是网络下更具体的议题。</translation>
    </message>
    <message>
        <source>Cross-cutting challenge</source>
        <translation>跨领域挑战</translation>
    </message>
    <message>
        <source>A concern shared by all networks, such as digital transition or climate change.</source>
        <translation>所有网络共同关注的问题，例如数字化转型或气候变化。</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>考察访问</translation>
    </message>
    <message>
        <source>A delegation&apos;s visit to a partner to see projects on the ground and agree next steps.</source>
        <translation>代表团赴合作方实地考察项目并商定后续步骤的访问。</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Thematic network</source>
        <translation>主题网络</translation>
    </message>
    <message>
        <source>Thematic cluster</source>
        <translation>主题集群</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>案例研究</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>Thematic networks</source>
        <translation>主题网络</translation>
    </message>
    <message>
        <source>Thematic clusters</source>
        <translation>主题集群</translation>
    </message>
    <message>
        <source>Cross-cutting challenges</source>
        <translation>跨领域挑战</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>新区</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>网络研讨会</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>大会</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>博览会</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隶属</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>下辖</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>What it presented</source>
        <translation>介绍内容</translation>
    </message>
    <message>
        <source>Cooperation timeline</source>
        <translation>合作时间线</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Visits and events</source>
        <translation>访问与活动</translation>
    </message>
    <message>
        <source>Editors’ note:</source>
        <translation>编者注：</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>东道方</translation>
    </message>
    <message>
        <source>Visiting delegation</source>
        <translation>来访代表团</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Cluster managers</source>
        <translation>集群负责人</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>网络研讨会</translation>
    </message>
    <message>
        <source>Member places</source>
        <translation>成员地方</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>What each place presented</source>
        <translation>各地介绍内容</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>The challenge</source>
        <translation>面临的挑战</translation>
    </message>
    <message>
        <source>The solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Part of programme</source>
        <translation>所属项目</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Records from this source</source>
        <translation>出自此来源的记录</translation>
    </message>
    <message>
        <source>Some text is shown in another language because it is not yet available in this one.</source>
        <translation>部分文字尚无此语言版本，以其他语言显示。</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>政府机构</translation>
    </message>
    <message>
        <source>EU service</source>
        <translation>欧盟机构</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>国际组织</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>研究机构</translation>
    </message>
    <message>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Network or platform</source>
        <translation>网络或平台</translation>
    </message>
    <message>
        <source>Park or development zone</source>
        <translation>园区或开发区</translation>
    </message>
    <message>
        <source>Museum or cultural venue</source>
        <translation>博物馆或文化场馆</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sites visited</source>
        <translation>考察地点</translation>
    </message>
    <message>
        <source>Where the catalogue departs from its sources</source>
        <translation>本目录与来源文件的不同之处</translation>
    </message>
    <message>
        <source>You have no notes on these records.</source>
        <translation>您对这些记录没有笔记。</translation>
    </message>
    <message>
        <source>Why this visit</source>
        <translation>为何此次访问</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>About the theme</source>
        <translation>关于该主题</translation>
    </message>
    <message>
        <source>Webinars and meetings</source>
        <translation>网络研讨会和会议</translation>
    </message>
    <message>
        <source>Member places and what they presented</source>
        <translation>成员地方及其介绍内容</translation>
    </message>
    <message>
        <source>Thematic briefing</source>
        <translation>专题简报</translation>
    </message>
    <message>
        <source>Pocket brief</source>
        <translation>口袋简报</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Open the user guide</source>
        <translation>打开用户指南</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>新功能</translation>
    </message>
    <message>
        <source>IURC Desktop is the catalogue of the EU–China urban and regional cooperation programmes (IUC and IURC): the cities and regions that took part, their partnerships, events, case studies and people, in English, Chinese and Portuguese.</source>
        <translation>IURC 桌面版是欧盟—中国城市与区域合作项目（IUC 与 IURC）的资料库：收录参与的城市和地区，以及它们的伙伴关系、活动、案例研究和相关人员，提供英文、中文和葡萄牙文。</translation>
    </message>
    <message>
        <source>Catalogue %1 of %2 is on this computer. Nothing needs a network: updates come as signed files that you import when you choose.</source>
        <translation>本电脑上安装的是资料库 %1（%2）。一切都无需联网：更新以带签名的文件提供，由您决定何时导入。</translation>
    </message>
    <message>
        <source>Search: press Ctrl+K and type a city, a person or a theme, in any of the three languages.</source>
        <translation>搜索：按 Ctrl+K，用三种语言中的任何一种输入城市、人名或主题。</translation>
    </message>
    <message>
        <source>A place: choose Places › China or Europe on the left and open a city&apos;s dossier.</source>
        <translation>一个地方：在左侧选择“地方 › 中国”或“欧洲”，然后打开一个城市的档案。</translation>
    </message>
    <message>
        <source>A pack: on a place&apos;s page press Ctrl+P to make a briefing pack to print or save as PDF.</source>
        <translation>一份简报：在地方页面上按 Ctrl+P，制作可以打印或另存为 PDF 的访问简报。</translation>
    </message>
    <message>
        <source>Welcome to IURC Desktop</source>
        <translation>欢迎使用 IURC 桌面版</translation>
    </message>
    <message>
        <source>Where to start:</source>
        <translation>从哪里开始：</translation>
    </message>
    <message>
        <source>Press F1 at any time for the user guide.</source>
        <translation>随时按 F1 打开用户指南。</translation>
    </message>
    <message>
        <source>What&apos;s new in IURC Desktop %1</source>
        <translation>IURC 桌面版 %1 的新功能</translation>
    </message>
    <message>
        <source>This version brings small fixes.</source>
        <translation>本版本带来了一些小修正。</translation>
    </message>
</context>
<context>
    <name>WindowComforts</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>新功能</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>首选项…</translation>
    </message>
    <message>
        <source>Open recent or favourite…</source>
        <translation>打开最近的记录或收藏…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
</context>
</TS>
