# Messages the service sends by e-mail, in Chinese (Simplified). Plain text: no markup.

mail-signature = 国家主管当局名录
mail-digest-subject = { $count ->
   *[other] { $name }：国家主管当局名录中有 { $count } 条记录待确认
}
mail-digest-greeting = 您好！
mail-digest-lead = 作为{ $name }的联络点，您负责使该国在国家主管当局名录中的记录保持最新：从业人员依靠这些记录，通过正确的渠道将合作请求发送给正确的机构。{ $count ->
    [1] 以下记录需要确认。
   *[other] 以下 { $count } 条记录需要确认。
}
mail-digest-how = 请逐条处理：如记录仍然准确，请打开其确认链接并点击“确认”；如有变更，请改为在控制台中更正。
mail-digest-due-soon = 最近确认于 { $date }；如不予确认，该记录将自 { $until } 起被视为超过一年未确认。
mail-digest-stale = 最近确认于 { $date }；该记录已超过一年未确认，因此从业人员会看到针对该记录的警示。
mail-digest-confirm = 确认：{ $link }
mail-digest-edit = 编辑：{ $link }
mail-digest-links = 每个确认链接只能确认其所指明的记录，仅可使用一次，有效期至 { $date }。
mail-digest-pause = 您作为联络点收到这些提醒。您可以在设置中暂停提醒：{ $link }
mail-summary-subject = 名录更新情况：{ $month } 月度摘要
mail-summary-lead = 截至 { $date }，国家主管当局名录的更新情况如下。
mail-summary-figures = 在 { $total } 条有效记录中，有 { $count } 条为最新（一年内确认或修改过）。
mail-summary-changed = { $count ->
   *[other] { $month } 期间，共有 { $count } 条记录被添加、修改或删除
}，{ $confirmed ->
   *[other] { $confirmed } 个当局得到确认。
}
mail-summary-stale-states = { $count ->
    [0] 没有国家存在超过一年未确认的记录。
    [1] 有 1 个国家存在超过一年未确认的记录：
   *[other] 有 { $count } 个国家存在超过一年未确认的记录（按此类记录数量从多到少排列）：
}
mail-summary-stale-line = { $name }：{ $total } 条中有 { $count } 条超过一年未确认
mail-summary-no-focal-point = { $count ->
    [0] 所有有记录的国家均有有效联络点。
    [1] 有 1 个有记录的国家没有有效联络点：
   *[other] 有 { $count } 个有记录的国家没有有效联络点：
}
mail-summary-more = 以及其他 { $count } 个国家
mail-summary-outbox = { $count ->
    [0] 发件箱中没有待发送的消息。
   *[other] 发件箱中有 { $count } 条消息待发送。
}
mail-summary-links = 更新情况页面：{ $link }
mail-summary-admin = 提醒、发件箱和无联络点的国家：{ $link }
