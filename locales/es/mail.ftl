# Messages the service sends by e-mail, in Spanish. Plain text: no markup.

mail-signature = El directorio de autoridades nacionales competentes
mail-digest-subject = { $count ->
    [one] { $name }: un registro por confirmar en el directorio de autoridades competentes
   *[other] { $name }: { $count } registros por confirmar en el directorio de autoridades competentes
}
mail-digest-greeting = Estimado/a señor/a:
mail-digest-lead = En su calidad de punto focal de { $name }, usted mantiene al día los registros de ese Estado en el directorio de autoridades nacionales competentes: los profesionales se basan en ellos para enviar sus solicitudes de cooperación a la oficina adecuada, por el conducto adecuado. { $count ->
    [one] El registro que figura a continuación debe confirmarse.
   *[other] Los { $count } registros que figuran a continuación deben confirmarse.
}
mail-digest-how = Para cada uno de ellos: si sigue siendo correcto, abra su enlace de confirmación y pulse Confirmar. Si algo ha cambiado, corríjalo en la consola.
mail-digest-due-soon = Última confirmación el { $date }; dejará de estar al día el { $until } si no se confirma antes.
mail-digest-stale = Última confirmación el { $date }; lleva más de un año sin confirmarse, por lo que los profesionales ven una advertencia en él.
mail-digest-confirm = Confirmar: { $link }
mail-digest-edit = Editar: { $link }
mail-digest-links = Cada enlace de confirmación solo confirma el registro que indica, una sola vez, hasta el { $date }.
mail-digest-pause = Recibe estos recordatorios en su calidad de punto focal. Puede pausarlos en su configuración: { $link }
mail-summary-subject = Actualización del directorio: resumen del mes { $month }
mail-summary-lead = Grado de actualización del directorio de autoridades nacionales competentes a fecha de { $date }.
mail-summary-figures = Registros activos al día (confirmados o modificados en el último año): { $count } de { $total }.
mail-summary-changed = { $count ->
    [one] En el mes { $month } se añadió, modificó o suprimió un registro
   *[other] En el mes { $month } se añadieron, modificaron o suprimieron { $count } registros
} y { $confirmed ->
    [one] se confirmó una autoridad.
   *[other] se confirmaron { $confirmed } autoridades.
}
mail-summary-stale-states = { $count ->
    [0] Ningún Estado tiene registros sin confirmar desde hace más de un año.
    [one] Un Estado tiene registros sin confirmar desde hace más de un año:
   *[other] { $count } Estados tienen registros sin confirmar desde hace más de un año (empezando por los que tienen más):
}
mail-summary-stale-line = { $name }: { $count } sin confirmar de { $total }
mail-summary-no-focal-point = { $count ->
    [0] Todos los Estados con registros tienen un punto focal activo.
    [one] Un Estado con registros no tiene ningún punto focal activo:
   *[other] { $count } Estados con registros no tienen ningún punto focal activo:
}
mail-summary-more = { $count ->
    [one] y { $count } Estado más
   *[other] y { $count } Estados más
}
mail-summary-outbox = { $count ->
    [0] No hay ningún mensaje en espera en la bandeja de salida.
    [one] Hay un mensaje en espera en la bandeja de salida.
   *[other] Hay { $count } mensajes en espera en la bandeja de salida.
}
mail-summary-links = Grado de actualización del directorio: { $link }
mail-summary-admin = Recordatorios, bandeja de salida y Estados sin punto focal: { $link }
