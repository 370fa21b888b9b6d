# Messages the service sends by e-mail. Plain text: no markup.

mail-signature = The directory of competent national authorities
mail-digest-subject = { $count ->
    [one] { $name }: one record to confirm in the directory of competent authorities
   *[other] { $name }: { $count } records to confirm in the directory of competent authorities
}
mail-digest-greeting = Hello,
mail-digest-lead = As a focal point of { $name }, you keep its records in the directory of competent national authorities current: practitioners rely on them to send requests for cooperation to the right office, through the right channel. { $count ->
    [one] The record below is due for confirmation.
   *[other] The { $count } records below are due for confirmation.
}
mail-digest-how = For each one: if it is still correct, open its confirmation link and press Confirm. If something has changed, correct it in the console instead.
mail-digest-due-soon = Last confirmed on { $date }; it becomes stale on { $until } unless it is confirmed.
mail-digest-stale = Last confirmed on { $date }; not confirmed for more than a year, so practitioners see a warning on it.
mail-digest-confirm = Confirm: { $link }
mail-digest-edit = Edit: { $link }
mail-digest-links = Each confirmation link confirms only the record it names, once, until { $date }.
mail-digest-pause = You receive these reminders as a focal point. You can pause them in your settings: { $link }
mail-summary-subject = Directory freshness: summary for { $month }
mail-summary-lead = How current the directory of competent national authorities is, on { $date }.
mail-summary-figures = { $count } of { $total } active records are current (confirmed or changed within a year).
mail-summary-changed = { $count ->
    [one] In { $month }, one record was added, changed or removed
   *[other] In { $month }, { $count } records were added, changed or removed
} and { $confirmed ->
    [one] one authority was confirmed.
   *[other] { $confirmed } authorities were confirmed.
}
mail-summary-stale-states = { $count ->
    [0] No State has stale records.
    [one] One State has stale records:
   *[other] { $count } States have stale records (the most first):
}
mail-summary-stale-line = { $name }: { $count } stale of { $total }
mail-summary-no-focal-point = { $count ->
    [0] Every State with records has an active focal point.
    [one] One State with records has no active focal point:
   *[other] { $count } States with records have no active focal point:
}
mail-summary-more = and { $count } more
mail-summary-outbox = { $count ->
    [0] No message is waiting in the outbox.
    [one] One message is waiting in the outbox.
   *[other] { $count } messages are waiting in the outbox.
}
mail-summary-links = The freshness page: { $link }
mail-summary-admin = Reminders, the outbox and States without a focal point: { $link }
