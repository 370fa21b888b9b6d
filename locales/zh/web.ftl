# Interface messages of the web application, in English: the reference every other language
# follows (a test fails when a language lacks a message of this file or has one it does not).
# Variables: { $count } a number, { $name } a text, { $date } an ISO date.

## Chrome

site-name = 国家主管当局名录
skip-to-content = 跳至正文
nav-label = 主导航
nav-search = 搜索
nav-countries = 国家
nav-console = 控制台
nav-sign-in = 登录
nav-sign-out = 退出登录
languages-label = 语言
breadcrumb-label = 当前位置
footer-about = 主管刑事事项国际合作的各国国家当局公开名录。
footer-api = API 及其文档
yes = 是
no = 否
central = 中心当局
stale-badge = 超过一年未确认

## Errors

error-not-found = 此页面不存在
error-bad-request = 无法理解该请求
error-forbidden = 您无权执行此操作
error-unauthorized = 请登录
error-too-many = 尝试次数过多，请稍候
error-unavailable = 服务繁忙，请稍后再试
error-internal = 我们这边出了问题
error-home = 返回首页

## Home and finding an authority

home-title = 首页
home-heading = 国际合作请求由谁处理？
home-lead = 查找各国负责处理司法协助、引渡、电子证据及其他形式合作的国家当局及其联系方式，并查阅该国的立法和判例。
home-all-countries = 浏览所有国家
find-title = 查找主管当局
find-legend = 查找主管当局
find-country = 被请求国
find-country-hint = 可用联合国六种正式语文中的任何一种输入国名，或输入其 ISO 代码。
find-country-missing = 请填写被请求国。
find-country-unknown = 没有此名称的国家，请从列表中选择。
find-measure = 所请求的措施
find-measure-choose = 选择措施
find-measure-missing = 请选择所请求的措施。
find-submit = 查找
find-none = 本名录中没有该国为此项措施指定的当局。

## Search

search-title = 搜索
search-label = 搜索主管当局、立法和判例
search-submit = 搜索
search-invalid = 无法执行该搜索
search-too-deep = 结果最多列出前 10,000 条；请缩小搜索范围。
search-active-filters = 当前筛选条件
search-remove-filter = 移除筛选条件 { $name }
search-facets = 缩小结果范围
search-no-results = 没有与此搜索匹配的结果
search-total = { $count } 条结果
search-pages = 结果分页
search-previous = 上一页
search-next = 下一页
facet-type = 类型
facet-country = 国家
facet-competence = 职权
facet-crime_type = 犯罪类型
facet-cross_cutting = 跨领域问题
facet-language = 语言
type-authority = 当局
type-legislation = 立法
type-case = 案例

## States

countries-title = 国家
country-authorities = { $count } 个当局
country-stale = 其中 { $count } 个超过一年未确认
country-last-confirmed = 最近确认于 { $name }
country-search = 搜索该国的记录
country-by-competence = 按职权列出的当局
country-no-authorities = 本名录中尚无该国的当局。
country-laws = 立法
country-cases = 判例
country-none = 本名录中尚无相关内容。

## Authorities

authority-retired = 该当局已停止履职，不再接收请求。
authority-stale = 此记录已超过一年未确认。使用前请先向该当局核实。
authority-last-confirmed = 最近确认于 { $name }
authority-never-confirmed = 从未确认
authority-designations = 职权及请求发送方式
authority-reach = 联系方式
authority-address = 邮寄地址
authority-website = 网站
authority-phones = 电话
authority-fax = 传真
authority-emails = 电子邮件
authority-hours = 办公时间
authority-24-7 = 全天候可联系
authority-contacts = 联系人
authority-contacts-sign-in = 联系人信息仅向已登录的从业人员显示。
authority-no-contacts = 未列出联系人。
authority-provisions = 国内法规定
contact-confidential = 保密
designation-legal-bases = 法律依据
designation-scope = 范围
designation-channels = 渠道
designation-means = 转递方式
designation-languages = 可接受的语文
designation-original-by-post = 须随后邮寄原件
designation-urgent = 紧急程序
designation-untoc = 接受以 UNTOC 作为法律依据
designation-requirements = 法律要求
designation-notification = 向保存人发出的通知
kind-ministry = 部委
kind-prosecution = 检察机关
kind-court = 法院
kind-police = 警察机关
kind-financial_intelligence_unit = 金融情报机构
kind-coast_guard = 海岸警卫队
kind-other = 其他机构
channel-direct = 直接
channel-diplomatic = 外交渠道
channel-interpol = INTERPOL
channel-regional_network = 区域网络
means-post = 邮寄
means-email = 电子邮件
means-fax = 传真
means-secure_platform = 安全平台
means-oral_if_urgent = 紧急情况下可口头提出
untoc-yes = 是
untoc-no = 否
untoc-with_conditions = 附条件
role-head = 负责人
role-desk_officer = 承办官员
role-duty_24_7 = 24/7 值班官员
role-other = 其他

## Legislation

law-official-text = 正式文本
law-provisions = 条款
law-implements = 实施的文书条款
law-tags = 主题
law-cases = 适用案例
law-type-code = 法典
law-type-act = 法律
law-type-decree = 法令
law-type-regulation = 条例
law-type-constitution = 宪法
law-type-other = 其他文书
law-status-in_force = 现行有效
law-status-amended = 已修订
law-status-repealed = 已废止

## Cases

case-reference = 案号
case-court = 法院
case-date = 裁决日期
case-decision = 裁决
case-articles = 所涉文书条款
case-cooperation = 所用合作形式
case-counterparts = 涉及的其他国家
case-summary = 摘要
case-commentary = 评注
case-parties = 诉讼参与人
case-charges = 指控
decision-conviction = 定罪
decision-acquittal = 宣告无罪
decision-appeal_decision = 上诉裁决
decision-extradition_decision = 引渡裁决
decision-mla_decision = 司法协助裁决
decision-confiscation_order = 没收令
decision-other = 其他裁决
verdict-guilty = 有罪
verdict-not_guilty = 无罪
verdict-dismissed = 驳回
verdict-pending = 待决
party-defendant = 被告
party-victim = 被害人
party-witness = 证人
party-other = 其他参与人
entity-natural_person = 自然人
entity-legal_person = 法人
cooperation-MLA = 司法协助
cooperation-EXTRADITION = 引渡
cooperation-JIT = 联合调查组
cooperation-ASSET_RECOVERY = 资产追回
cooperation-TRANSFER_PROCEEDINGS = 刑事诉讼的移交
cooperation-TRANSFER_SENTENCED = 被判刑人员的移交
cooperation-POLICE_COOPERATION = 警务合作
cooperation-ELECTRONIC_EVIDENCE = 电子证据

## Console

console-edit = 编辑此记录
console-title = 控制台
console-signed-in-as = 当前登录身份：{ $name }
console-accounts = 账户
console-partners = 合作伙伴客户端
console-choose-state = 要维护其记录的国家
console-show = 显示
console-new-authority = 添加当局
console-authorities = 当局（最久未确认的排在最前）
console-select = 选择
console-select-one = 选择 { $name }
console-name = 名称
console-last-confirmed = 最近确认
console-actions = 操作
console-confirm = 确认
console-confirm-selected = 确认所选记录
console-history = 历史记录
console-confirmed = 已确认 { $count } 条记录。
console-none-chosen = 未选择任何记录。
console-bad-target = 表单所指的记录不存在。
console-reader = 您的账户可查阅本名录，包括向从业人员显示的联系人信息，但不能维护任何记录。
console-conflict = 在您打开此记录后，有人修改了该记录
error-forged = 此表单已过期或并非来自本网站，请重新打开该页面

## History

history-title = 历史记录
history-version = 版本 { $count }
history-no-change = 没有任何字段发生变更。
history-member = 字段
history-before = 修改前
history-after = 修改后

## Signing in

sign-in-title = 登录
sign-in-lead = 联络点、从业人员和秘书处使用秘书处为其创建的账户登录。
sign-in-email = 电子邮件地址
sign-in-password = 密码
sign-in-submit = 登录
sign-in-wrong = 电子邮件地址或密码错误。
sign-in-expired = 表单已过期，请重新登录。

## Record forms

form-new-title = 添加当局
form-edit-title = 编辑当局
form-problems = 有 { $count } 个问题导致无法保存：
form-conflict-kept = 您所做的修改保留在下方，尚未保存。请查看在此期间发生的变更，然后再次保存以替换这些变更。
form-conflict-changes = 在此期间发生的变更
form-names = 名称
form-names-hint = 以原文语文填写的指定名称及其译名；每行一种语文。
form-language-code = 语文（ISO 639-1 代码）
form-name = 名称
form-remove = 删除
form-add-name = 添加名称
form-original-language = 指定名称的语文（ISO 639-1 代码）
form-acronym = 缩写
form-kind = 机构类型
form-timezone = 时区（例如 Europe/Paris）
form-one-per-line = 每行一项。
form-codes-hint = 以逗号分隔的 ISO 639-1 代码，例如：fr, en
form-designation = 指定事项 { $count }
form-untoc-note = 以 UNTOC 作为法律依据的条件
form-remove-designation = 删除此指定事项
form-add-designation = 添加指定事项
form-contact = 联系人 { $count }
form-position = 职务
form-contact-languages = 所讲语文
form-role = 角色
form-visibility = 可查看此联系人信息的人员
visibility-restricted = 已登录的从业人员
visibility-confidential = 仅限该国联络点和秘书处
form-remove-contact = 删除此联系人
form-add-contact = 添加联系人
form-save = 保存
form-cancel = 取消
form-retire = 将该当局设为停止履职
retire-title = 将当局设为停止履职
retire-explain = 停止履职的当局将从本名录的各列表中移除，不再接收请求；其记录和历史记录仍可查阅。此操作无法在控制台中撤销。
retire-confirm = 确认停止履职

## Administration

accounts-new = 新建账户
accounts-country = 国家（ISO 3166-1 三字母代码，仅适用于联络点）
accounts-password-hint = 12 至 256 个字符。请通过另一条安全渠道将其交给账户持有人。
accounts-create = 创建账户
accounts-disable = 停用
accounts-disabled = 已停用
role-account-focal_point = 联络点
role-account-reader = 从业人员
role-account-admin = 管理员
partners-new = 新建合作伙伴客户端
partners-tier = 可读取的内容
tier-public = 公开记录
tier-restricted = 公开记录和受限记录
partners-create = 创建客户端
partners-key = 密钥
partners-last-used = 最近使用
partners-revoked = 已吊销
partners-revoke = 吊销
partners-key-once = 客户端密钥仅显示这一次：请立即复制，并通过安全渠道交给合作伙伴。此密钥无法再次显示。

## Deleting

console-delete = 删除
delete-title = 删除记录
delete-explain = 该记录及其条款、指控和诉讼参与人将从名录中移除，并通知合作伙伴。此操作无法在控制台中撤销。
delete-confirm = 确认删除

## Console: laws and cases
console-new-law = 添加立法
console-new-case = 添加案例
law-form-new = 添加立法
law-form-edit = 编辑立法
law-form-titles = 标题
law-form-titles-hint = 以原文语文填写的标题及其译文；每行一种语文。
form-title = 标题
form-add-title = 添加标题
form-original-language-texts = 原文语文（ISO 639-1 代码）
law-form-type = 文书类型
law-form-status = 状态
law-form-enacted = 颁布日期（YYYY-MM-DD）
law-form-url = 正式文本网址
form-articles-hint = 以逗号分隔的文书条款，例如：UNTOC-18, UNCAC-46
law-form-provision = 条款 { $count }
law-form-number = 编号（例如：第 5 条）
law-form-texts = 条文标题和正文，每行一种语文
form-heading = 条文标题
form-text = 正文
form-add-language = 添加语文
law-form-remove-provision = 删除此条款
law-form-add-provision = 添加条款
law-form-delete = 删除此立法
case-form-new = 添加案例
case-form-edit = 编辑案例
case-form-decision = 裁决
case-form-texts = 标题、摘要和评注
case-form-texts-hint = 以原文语文填写，并附译文；每种语文一个区块。标题和摘要须以原文语文填写。
case-form-language = 第 { $count } 种语文的文本
case-form-subjects = 主题与合作
form-countries-hint = 以逗号分隔的 ISO 3166-1 alpha-3 代码，例如：FRA, KEN
case-form-party = 诉讼参与人组 { $count }
case-form-entity = 自然人或法人
case-form-count = 数量
case-form-nationality = 国籍（ISO 3166-1 alpha-3 代码）
case-form-remove-party = 删除此诉讼参与人组
case-form-add-party = 添加诉讼参与人组
case-form-charge = 指控 { $count }
case-form-offence = 罪行
case-form-provision = 所适用的条款
case-form-statute = 法院所援引的法律规定
case-form-verdict = 判决结果
case-form-sentence = 刑罚
case-form-remove-charge = 删除此项指控
case-form-add-charge = 添加指控
case-form-delete = 删除此案例

## Problems found in a form, as the library words them (variables: codes, numbers, dates)
problem-required = 为必填项
problem-blank = 不能为空
problem-unknown-member = 不是此文档中的字段
problem-string = 必须是字符串
problem-string-or-null = 必须是字符串或 null
problem-whole-number = 必须是整数
problem-whole-number-or-null = 必须是整数或 null
problem-list = 必须是列表
problem-boolean = 必须为“真”或“假”
problem-object = 必须是对象
problem-uuid = 必须是 UUID
problem-date = 必须是日期（YYYY-MM-DD）
problem-date-exists = 必须是实际存在的日期，格式为 YYYY-MM-DD
problem-time = 必须是 RFC 3339 格式的时间
problem-too-large = 数值过大
problem-future = 不能是将来的时间
problem-before = 不能早于 { $date }
problem-competence-code = 必须是职权代码，例如 MLA 或 EXTRADITION
problem-taxonomy-code = 必须是分类代码，例如 MONEY_LAUNDERING
problem-region-code = 必须是三位数的 UN M49 区域代码，例如 002
problem-email-length = 必须是有效的电子邮件地址，且不超过 254 个字符
problem-email = 必须是有效的电子邮件地址
problem-timezone = 必须是 IANA 时区，例如 Europe/Paris
problem-country-code = 必须是 ISO 3166-1 alpha-3 国家代码，例如 KEN
problem-language-code = 必须是 ISO 639-1 两字母语文代码，例如 fr
problem-url = 必须是以 http 或 https 开头的绝对地址
problem-article = 必须是条款标识，例如 UNTOC-18
problem-phone = 必须是国际号码：以 + 开头，后接国家代码，共 4 至 15 位数字，可含空格
problem-one-of = 必须是以下值之一：{ $values }
problem-one-of-schema = 必须是 { $values } 之一
problem-range = 必须在 { $min } 至 { $max } 之间
problem-max-length = 不得超过 { $max } 个字符
problem-length = 长度必须为 { $min } 至 { $max } 个字符
problem-max-items = 最多 { $max } 项
problem-max-charges = 最多 { $max } 项指控
problem-max-languages = 最多 { $max } 种语文
problem-max-parties = 最多 { $max } 个诉讼参与人组
problem-max-contacts = 最多 { $max } 名联系人
problem-max-provisions = 最多 { $max } 项条款
problem-one-designation = 每项职权最多一个指定事项（{ $max }）
problem-own-ancestor = 记录不能成为其自身的上级记录
problem-other-state = 记录不能转移至另一国家（该记录属于 { $country }）
problem-a-competence = 当局必须至少具有一项职权
problem-reference-taken = 另一案例已使用此案号
problem-original-name = 至少须填写原文语文的名称
problem-some-text = 请至少以一种语文填写文本
problem-other-law = 是另一项立法的条款
problem-twice = 重复列出
problem-a-channel = 请至少填写一个渠道
problem-a-crime-type = 请至少填写一种犯罪类型
problem-a-language = 请至少填写一种语文
problem-a-means = 请至少填写一种转递方式
problem-a-state = 请填写该记录所属的国家
problem-parent-state = 上级记录必须属于同一国家
problem-provision-state = 该条款属于 { $country } 的立法，而非 { $other } 的立法
problem-legal-basis = { $basis } 不是 { $competence } 的法律依据；已知的法律依据：{ $known }
problem-original-name-missing = 必须包含原文语文（{ $language }）的名称
problem-original-title = 必须包含原文语文（{ $language }）的标题
problem-original-summary = 必须包含原文语文（{ $language }）的摘要
problem-no-authority = 没有标识为 { $id } 的当局
problem-no-provision = 没有标识为 { $id } 的条款
problem-unknown-competence = 未知的职权代码：{ $code }
problem-unknown-country = 未知的国家代码：{ $code }
problem-unknown-crime-type = 未知的犯罪类型：{ $code }
problem-unknown-cross-cutting = 未知的跨领域问题：{ $code }
problem-unknown-article = 未知的文书条款：{ $code }
problem-country-twice = { $country } 重复列出
problem-own-counterpart = { $country } 是本案所属国家，而非涉及的其他国家
problem-designated-twice = 职权 { $competence } 被重复指定
problem-email-ascii = 必须由 ASCII 字母、数字和标点组成（国际化域名须使用其 xn-- 形式）
problem-focal-point-state = 联络点只代表一个国家：请填写其 ISO 3166-1 alpha-3 代码
problem-no-state = 只有联络点与国家绑定
problem-partner-name = 1 至 200 个字符，不含控制字符
problem-account-exists = 已有使用电子邮件地址 { $email } 的账户

## Freshness
nav-freshness = 更新情况
freshness-title = 本名录的更新情况
freshness-lead = 过去 365 天内确认过的记录即为最新记录：当局记录由其所属国家的联络点确认（添加时即视为确认），立法和案例记录以最近一次修改为准。各国通过在控制台中确认记录，使其记录保持最新。
freshness-overall = { $name } 的记录为最新
freshness-records-count = { $count } 条记录
freshness-stale-count = { $count } 条超过一年未确认
freshness-states-with-records = { $count } 个国家有记录
freshness-states-without-records = { $count } 个国家和领土尚无记录
freshness-states-without-focal-point = { $count } 个国家无联络点
freshness-as-of = 数据截至 { $name }
freshness-map-label = 世界地图：各国记录中最新记录所占比例
freshness-band-0 = 低于 25 %
freshness-band-1 = 25 至 49 %
freshness-band-2 = 50 至 74 %
freshness-band-3 = 75 至 99 %
freshness-band-4 = 全部为最新
freshness-band-none = 尚无记录
freshness-csv = 下载数据（CSV）
freshness-table = 有记录的国家（最新记录占比最低的排在最前；选择某一列即可按该列排序）
freshness-state = 国家
freshness-records = 记录
freshness-share = 最新记录占比
freshness-stale = 超过一年未确认
freshness-oldest = 最早的确认
freshness-last-change = 最近修改
freshness-focal-point = 联络点
freshness-yes = 有
freshness-no = 无
freshness-regions = 按区域
freshness-region = 区域
freshness-with-records = 有记录的国家
freshness-without-focal-point = 无联络点的国家

## Account settings
accounts-language = 发送给该账户的消息所用语文
settings-title = 您的设置
settings-pause = 暂停我的提醒
settings-pause-hint = 暂停期间，不会就贵国的记录向您发送任何提醒；过期的记录仍会显示为过期。
settings-save = 保存
settings-saved = 您的设置已保存。

## One-click confirmation links
link-title = 确认记录
link-lead = 此记录今天是否仍然准确？确认只会记下该记录已于今天核对，不会更改其他任何内容。
link-confirm = 是，仍然准确：确认此记录
link-edit = 有变更：在控制台中编辑
link-last-confirmed = 最近确认于 { $name }
link-done = 谢谢：该记录已确认，确认日期为今天。
link-used = 此链接已使用过。请登录查看该记录，如有需要，可在控制台中再次确认。
link-expired = 此链接已过期。请登录后在控制台中确认该记录。
link-superseded = 此链接发出后，该记录已有变更，因此此链接已无法确认该记录。请登录核对该记录。
link-unknown = 此链接无效。请登录后在控制台中确认贵国的记录。
link-sign-in = 登录

## Reminders and the outbox (administrators)
console-outbox = 提醒和发件箱
outbox-lead = 联络点会通过电子邮件收到关于本国待确认记录的提醒，管理员则会收到月度摘要。每条消息在作出发送决定的同时写入发件箱，然后由一个服务器进程负责投递，投递失败时会重试。
outbox-smtp-off = 此服务器未配置 SMTP 服务器（CNA_SMTP_URL）：消息会在发件箱中等待，不会丢失。配置服务器后即会发送。
outbox-smtp-on = 消息通过已配置的 SMTP 服务器发送；发送尝试失败后，会在稍后重试。
outbox-waiting = { $count ->
    [0] 没有待发送的消息。
   *[other] 有 { $count } 条消息待发送。
}
outbox-no-focal-point = 有记录但无有效联络点的国家
outbox-no-focal-point-none = 所有有记录的国家均有有效联络点。
outbox-col-state = 国家
outbox-col-records = 有效记录
outbox-col-stale = 超过一年未确认
outbox-messages = 消息（最新的排在最前）
outbox-none = 尚未写入任何消息。
outbox-col-created = 写入时间
outbox-col-kind = 类型
outbox-col-recipient = 收件人
outbox-col-subject = 主题
outbox-col-status = 状态
outbox-col-attempts = 投递尝试
outbox-kind-reminder = 提醒
outbox-kind-summary = 月度摘要
outbox-status-sent = 已于 { $date } 发送
outbox-status-waiting = 等待中；下次尝试时间：{ $date }
outbox-attempt-delivered = { $date }：已投递（{ $name }）
outbox-attempt-failed = { $date }：失败（{ $name }）

## Where do I send this request?
route-title = 此请求应发往何处？
route-legend = 此请求应发往何处？
route-from = 请求国（贵国）
route-to = 被请求国
route-crime = 犯罪
route-crime-any = 任何犯罪
route-urgent = 紧急
route-submit = 显示转递途径
route-state-missing = 请填写国家。
route-same-state = 被请求国必须是请求国以外的另一国家。
route-heading = { $name }：由 { $from } 向 { $to } 提出
route-warnings = 发送前请注意
route-to-whom = 发往何处、如何发送
route-language = 使用何种语文
route-no-language = 未记录任何语文。
route-basis = 以何为法律依据
route-provisions = 被请求国关于这些条款的规定
route-contents = 请求书必须包含的内容
route-if-needed = 如适用
route-reference = 贵方编号
route-format = 格式
route-draft-hint = 请填写您已知的内容，其余部分将标为待填写。您输入的任何内容均不会保存。
route-draft = 下载请求书草稿
route-again = 提出其他查询
route-original-by-post = 原件须随后邮寄。
route-urgent-procedure = 紧急请求
route-translation-needed = 不接受 { $from } 的任何一种正式语文：请求书需要翻译。
route-translation-not-needed = 接受 { $from } 的一种语文：无需翻译。
route-no-basis = 两国均为缔约方的文书均不能在此作为法律依据：请求应以 { $from } 与 { $to } 之间的双边条约（如有）为依据，或在 { $to } 法律允许的范围内以互惠为依据。
route-reason-contact_point_24_7 = 紧急且涉及电子证据：首先联系每周 7 天、每天 24 小时值守的联络点。
route-reason-central_authority = 为此项措施指定的中心当局。
route-reason-designated = 亦为此项措施所指定。
route-reason-notified_central_authority = 没有为此项措施指定的当局：此为已通知保存人的中心当局。
route-reason-mla_central_authority = 没有为此项措施指定的当局：此为负责司法协助的中心当局。
route-warning-no_records = 本名录中没有 { $to } 的任何当局：请通过外交渠道发送请求。
route-warning-no_designation = { $to } 没有为此项措施指定的当局：改为列出接收协助请求的当局。
route-warning-stale_record = { $name } 的记录最近一次确认已是一年多以前：发送前请核实其详细信息。
route-warning-no_common_instrument = 在此记录的涵盖此项措施的文书中，没有 { $from } 和 { $to } 均为缔约方的文书。
route-warning-no_treaty_records = 未记录 { $name } 参加条约的情况：所列法律依据可能不完整。
route-warning-treaty_required_for_extradition = { $to } 不以 { $name } 作为引渡的法律依据：需要有双边条约。
route-warning-no_language_recorded = 此指定事项未记录任何语文：翻译前请先向该当局询问。
route-warning-no_channel_recorded = 此指定事项未记录任何转递渠道：外交渠道始终可用。
route-caveat-untoc_scope = 适用于根据该公约确立的犯罪，以及属跨国性质并涉及有组织犯罪集团的严重犯罪（第 3 条）。
route-caveat-uncac_scope = 适用于根据该公约确立的犯罪：腐败及相关犯罪（第 15 条至第 25 条）。
route-caveat-drugs_scope = 适用于第 3 条第 1 款规定的非法贩运毒品犯罪以及清洗其收益的行为。
route-caveat-budapest_scope = 适用于第 2 条至第 11 条规定的犯罪，以及任何犯罪的电子形式证据（第 14 条第 2 款）。
route-caveat-untoc_16 = 适用于该公约所涵盖且在两国均应受到处罚的犯罪，条件是被请求引渡人在被请求国境内（第 16 条第 1 款）。
route-caveat-budapest_24 = 适用于第 2 条至第 11 条规定的、在两国均可处以至少一年剥夺自由刑罚的犯罪（第 24 条第 1 款）。
route-caveat-untoc_17 = 第 17 条请各国考虑缔结协定：移交以此类协定或国内法为依据。
route-caveat-uncac_45 = 第 45 条请各国考虑缔结协定：移交以此类协定或国内法为依据。
route-caveat-untoc_21 = 适用于移交有利于正当司法的情况，特别是在涉及数国管辖权时。
route-caveat-uncac_55 = 没收和返还根据该公约确立的犯罪的所得。
route-caveat-cyber_24_7 = 在提出互助请求之前，快速保全和披露存储的计算机数据（第 29 条）。
route-caveat-drugs_sea = 登临并搜查涉嫌从事海上非法贩运的船只。
route-caveat-migrants_sea = 登临并搜查涉嫌通过海路偷运移民的船只。
route-caveat-firearms = 就枪支及其零部件和弹药开展信息交流与合作。
route-caveat-untoc_31 = 预防跨国有组织犯罪方面的合作，而非针对具体案件的请求。
route-caveat-uncac_6 = 协助制订预防腐败的措施（第 6 条第 3 款），而非针对具体案件的请求。
route-caveat-through_mla = 在此记录的文书均未设立此项措施；在该公约范围内，可根据第 18 条提供协助。
route-caveat-extradition_basis_accepted = { $to } 以该公约作为引渡的法律依据。
route-caveat-extradition_basis_unknown = 未记录 { $to } 关于是否以该公约作为引渡法律依据的通知：请核实该国是否以存在条约为引渡条件。
route-item-own = 被请求国自身的要求，以其记录为准。
route-item-requesting_authority = 提出请求的当局
route-why-requesting_authority = 被请求国须向明确的当局作出答复和提出询问。
route-item-proceedings = 侦查、起诉或司法程序的事由和性质，以及进行该程序的当局
route-why-proceedings = 这表明请求涉及属于该文书适用范围的刑事诉讼。
route-item-facts = 有关事实的概述
route-why-facts = 被请求国据此审查双重犯罪（如适用）和相关性。
route-item-assistance_sought = 请求协助的事项以及须遵循的任何特定程序
route-why-assistance_sought = 只有在请求中提出且不违反被请求国法律的情况下，才会遵循特定程序。
route-item-persons = 有关人员的身份、所在地和国籍
route-why-persons = 缺少这些信息，就无法从该人处或就该人获取证据。
route-item-purpose = 索取证据、资料或要求采取行动的目的
route-why-purpose = 除非被请求国同意，资料仅用于所说明的目的。
route-item-form_and_language = 以被请求国能接受的语文以书面形式提出
route-why-form_and_language = 以该当局不接受的语文提出的请求须等待翻译。
route-item-confidentiality = 请求的保密
route-why-confidentiality = 被请求国对请求予以保密，或立即告知其无法保密。
route-item-warrant_or_judgment = 逮捕令，或可执行的判决和刑罚
route-why-warrant_or_judgment = 引渡适用于为起诉或执行刑罚而被通缉的人员。
route-item-offences = 每项犯罪，包括犯罪时间、地点及其法律定性
route-why-offences = 被请求国据此审查双重犯罪和时效。
route-item-enactments = 规定每项犯罪及其刑罚的法律条文
route-why-enactments = 刑罚决定该犯罪是否可予引渡。
route-item-person = 对被请求引渡人的描述，包括其身份、国籍和所在地
route-why-person = 被逮捕的人必须就是被请求引渡的人。
route-item-assurances = 被请求国要求的保证
route-why-assurances = 缺少这些保证，一些国家会拒绝或推迟引渡。
route-item-facts_and_offences = 事实、犯罪及适用的法律条文
route-why-facts_and_offences = 被请求国必须能够根据本国法律对该行为提起诉讼。
route-item-justice_reasons = 移交为何有利于正当司法
route-why-justice_reasons = 移交可使起诉集中在最适宜的国家进行。
route-item-file = 案卷和已收集的证据
route-why-file = 诉讼依据已收集的证据继续进行。
route-item-offence_and_facts = 所侦查的犯罪及事实概述
route-why-offence_and_facts = 保全服务于特定的刑事侦查。
route-item-data = 须保全的存储计算机数据及其与犯罪的关联
route-why-data = 服务提供者只能保全已明确指明的数据。
route-item-custodian = 数据保管人或计算机系统所在地
route-why-custodian = 被请求国必须知道应向谁发出命令。
route-item-necessity = 保全的必要性
route-why-necessity = 数据可能在协助请求送达之前即被删除。
route-item-follow_up = 说明随后将提出互助请求
route-why-follow_up = 在该请求提出之前，数据至少保全 60 天。

## Treaty participation on a State's page
country-treaties = 条约参与情况
country-treaty = 文书
country-treaty-status = 状态
country-treaty-since = 自
treaty-status-party = 缔约国
treaty-status-signatory = 签署国
treaty-status-none = 非缔约国
