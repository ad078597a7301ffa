// Español: «tú», cercano y sencillo.
import type { Translation } from '../types.js';
import type { messages as enGB } from './en-GB.js';

export const messages: Translation<typeof enGB> = {
  'wording.line.current': 'Actual: {when}',
  'wording.line.proposed': 'Propuesta: {when}',
  'wording.line.newTime': 'Nueva hora: {when}',
  'wording.line.was': 'Antes: {when}',
  'wording.line.requested': 'Solicitada: {when}',
  'wording.line.requestedTime': 'Hora solicitada: {when}',
  'wording.line.youAskedFor': 'Pediste: {when}',
  'wording.line.youProposed': 'Propusiste: {when}',
  'wording.line.proposedBy': 'Propuesta de {therapist}: {when}',
  'wording.line.therapistAskedFor': '{therapist} pidió: {when}',
  'wording.line.sessionStays': 'La sesión se mantiene el {when}.',
  'wording.line.yourSessionStays': 'Tu sesión se mantiene el {when}.',
  'wording.line.sessionNowAt': 'La sesión es ahora el {when}.',
  'wording.line.yourSessionNowAt': 'Tu sesión es ahora el {when}.',
  'wording.line.yourSessionInsideWindow':
    'Tu sesión del {when} ya está dentro del plazo en que no se puede mover, así que se mantiene tal como está reservada.',
  'wording.line.noAnswerInTime': '{employee} no respondió antes del plazo; la sesión se mantiene el {when}.',
  'wording.line.heldUntilAnswer': 'La hora queda reservada hasta que la acepte o la rechace.',
  'wording.line.acceptOrDecline': 'Acepta para mover tu sesión, o rechaza para mantener la hora actual.',
  'wording.line.pair': '{employee} con {therapist}',
  'wording.line.join': 'Unirse: {url}',
  'wording.line.locks':
    '{what, select, new {La nueva hora} other {La hora propuesta}} es dentro de menos de {hours, plural, one {# hora} other {# horas}}: si la aceptas, ya no se podrá cambiar de hora, solo cancelar.',

  'wording.status':
    '{status, select, pending {pendiente} confirmed {confirmada} declined {rechazada} proposed {respondida con otra hora propuesta} withdrawn {retirada} other {caducada}}',

  'wording.relay.title': 'Mensaje de {sender}',
  'wording.threadOpened.title': 'Conversación con {employee}',
  'wording.threadOpened.line':
    'Las respuestas en este hilo se envían en privado a tu cliente. Las solicitudes de cambio de hora también aparecen aquí.',

  'wording.requested.title': '{employee} pide cambiar la hora',
  'wording.requested.proposedCustom': 'Propuesta: {when} (aún no está en tu disponibilidad: al confirmarla se añade)',
  'wording.requested.stands': 'La sesión actual se mantiene hasta que confirmes.',

  'wording.awaiting.title': 'Solicitud de cambio de hora enviada',
  'wording.awaiting.asked': 'Pediste mover tu sesión del {current} al {proposed}.',
  'wording.awaiting.needsConfirm': '{therapist} tiene que confirmarlo. Hasta entonces, tu sesión actual se mantiene.',

  'wording.proposed.title': '{therapist} propone otra hora',

  'wording.proposalSent.moveTitle': 'Pediste a {employee} mover la sesión',
  'wording.proposalSent.moveHeld':
    'La nueva hora queda reservada hasta que la acepte o la rechace; mientras tanto, la sesión sigue como está. Su respuesta aparecerá aquí.',
  'wording.proposalSent.title': 'Propusiste otra hora a {employee}',

  'wording.moveAsked.title': '{therapist} pide mover tu sesión',
  'wording.moveAsked.line': 'Acepta para mover tu sesión, o rechaza para mantener la hora actual. No cambia nada si no aceptas.',

  'wording.rescheduled.title': 'Sesión cambiada de hora',
  'wording.declined.moveTitle': '{employee} prefirió no mover la sesión',
  'wording.declined.title': 'Solicitud de cambio de hora rechazada',
  'wording.withdrawn.title': 'Solicitud de cambio de hora retirada',
  'wording.expired.title': 'Solicitud de cambio de hora caducada',
  'wording.expired.within':
    'La sesión del {when} empieza ahora en menos de {hours, plural, one {# hora} other {# horas}}, así que ya no se puede mover.',
  'wording.expired.stands': 'La sesión se mantiene tal como está reservada. Todavía se puede cancelar, pero contará como usada.',
  'wording.booked.title': 'Sesión reservada',

  'wording.therapistChanged.employeeTitle': 'Tu nuevo terapeuta',
  'wording.therapistChanged.employeeNew': 'Ahora trabajas con {therapist}. Tu próximo mensaje aquí inicia vuestra conversación.',
  'wording.therapistChanged.employeeCredited':
    'Las próximas sesiones con tu terapeuta anterior quedan canceladas y se te devuelven a tus sesiones disponibles; tu historial sigue siendo tuyo.',
  'wording.therapistChanged.therapistTitle': '{employee} trabaja ahora con otro terapeuta',
  'wording.therapistChanged.therapistClosed':
    'El servicio de bienestar le ha asignado otro terapeuta. Esta conversación está cerrada: las respuestas aquí ya no le llegan.',
  'wording.therapistChanged.therapistCancelled': 'Sus próximas sesiones contigo quedan canceladas.',

  'wording.offer.time': '{n}. {when}',
  'wording.offer.timeBooked': '{n}. {when} (reservada)',
  'wording.offer.client.openTitle': '{therapist} te ofrece horas para tu próxima sesión',
  'wording.offer.client.openHeld':
    'Estas horas están reservadas para ti hasta el {until}. Reservar una usa una de las sesiones disponibles de ese mes.',
  'wording.offer.client.bookedTitle': 'Reservaste una de las horas ofrecidas',
  'wording.offer.client.declinedTitle': 'No elegiste ninguna de las horas ofrecidas',
  'wording.offer.client.declinedTold': '{therapist} ya lo sabe.',
  'wording.offer.client.replacedTitle': 'Estas horas ofrecidas se han sustituido',
  'wording.offer.client.replacedLine': '{therapist} te ha enviado otras horas en su lugar.',
  'wording.offer.client.withdrawnTitle': 'Estas horas ofrecidas se han retirado',
  'wording.offer.client.arrangeNext': 'Escribe a tu terapeuta para acordar tu próxima sesión.',
  'wording.offer.client.expiredTitle': 'Estas horas ofrecidas han caducado',
  'wording.offer.client.expiredLine': 'Estuvieron reservadas hasta el {until}. Escribe a tu terapeuta para acordar tu próxima sesión.',
  'wording.offer.therapist.openTitle': 'Ofreciste a {employee} {count, plural, one {una hora} other {# horas}}',
  'wording.offer.therapist.openHeld': 'Quedan reservadas para tu cliente hasta el {until}, o hasta que reserve una o las rechace.',
  'wording.offer.therapist.bookedTitle': '{employee} reservó una de las horas ofrecidas',
  'wording.offer.therapist.bookedLine': 'Las demás horas vuelven a estar libres.',
  'wording.offer.therapist.declinedTitle': '{employee} no eligió ninguna de las horas ofrecidas',
  'wording.offer.therapist.declinedLine': 'Las horas vuelven a estar libres.',
  'wording.offer.therapist.declinedNoticeLine':
    'Las horas vuelven a estar libres. Responde en este hilo para acordar otra hora, u ofrece horas nuevas.',
  'wording.offer.therapist.replacedTitle': 'Oferta sustituida',
  'wording.offer.therapist.replacedLine': 'Ofreciste horas nuevas; estas vuelven a estar libres.',
  'wording.offer.therapist.withdrawnTitle': 'Oferta retirada',
  'wording.offer.therapist.withdrawnLine': 'El servicio de bienestar cerró la oferta; las horas vuelven a estar libres.',
  'wording.offer.therapist.expiredTitle': 'Oferta caducada',
  'wording.offer.therapist.expiredLine': '{employee} no reservó ninguna a tiempo; las horas vuelven a estar libres.',

  'wording.recommendation.intro':
    'Para un cliente que ha usado sus sesiones del mes. Decide el servicio de bienestar; tu nota se queda allí, y la empresa solo ve cifras.',
  'wording.recommendation.where':
    'Recomienda más sesiones desde el hilo de tu cliente: responde allí con @Wellbeing recommend y se abrirá un formulario para esa persona.',
  'wording.recommendation.sent':
    'Enviado al servicio de bienestar: {count, plural, one {# sesión extra} other {# sesiones extra}} para {employee} en {month}. Sabrás la decisión en el hilo de {employee}.',
  'wording.therapistChange.intro':
    'Pide al servicio de bienestar otro terapeuta. No hace falta dar ningún motivo y tu terapeuta no se entera. Cuando tengas un terapeuta nuevo, las próximas sesiones con el actual se cancelan y se te devuelven a tus sesiones disponibles.',
  'wording.therapistChange.alreadyAsked':
    'Ya pediste cambiar de terapeuta. El servicio de bienestar te avisará aquí cuando tengas uno nuevo.',
  'wording.therapistChange.asked':
    'Tu solicitud para cambiar de terapeuta está en manos del servicio de bienestar. Tu terapeuta no se entera. Te avisaremos aquí cuando tengas uno nuevo; hasta entonces, tus sesiones y mensajes siguen como siempre.',

  'wording.extra.declinedTitle': 'Sesiones extra no aprobadas para {employee}',
  'wording.extra.declinedLine':
    'El servicio de bienestar no aprobó tu recomendación de {count, plural, one {# sesión extra} other {# sesiones extra}} en {month}.',
  'wording.extra.declinedNotTold': '{employee} no ha sido informado; sus sesiones disponibles no cambian.',
  'wording.extra.addedTitle': 'Más sesiones añadidas',
  'wording.extra.addedLine':
    '{count, plural, one {Se ha añadido # sesión extra} other {Se han añadido # sesiones extra}} a tus sesiones disponibles de {month}.',
  'wording.extra.bookNow': 'Ya puedes reservar.',
  'wording.extra.approvedTitle': 'Sesiones extra aprobadas para {employee}',
  'wording.extra.approvedLine':
    'El servicio de bienestar aprobó tu recomendación: {count, plural, one {se ha añadido # sesión extra en {month}} other {se han añadido # sesiones extra en {month}}} a las sesiones disponibles de {employee}.',
  'wording.extra.approvedTold': 'Ya se le ha avisado y puede reservar.',

  'wording.cancelled.what': '{when}, {employee} con {therapist}',
  'wording.cancelled.title': 'Sesión cancelada',
  'wording.cancelled.lateTitle': 'Sesión cancelada (cancelación tardía)',
  'wording.cancelled.byYou': 'La cancelaste tú, así que se devuelve a las sesiones disponibles de {employee}; ya se le ha avisado.',
  'wording.cancelled.byTherapistTitle': 'Tu terapeuta ha cancelado la sesión',
  'wording.cancelled.byTherapist': '{therapist} canceló esta sesión, así que se te devuelve a tus sesiones disponibles.',
  'wording.cancelled.late': 'Se canceló dentro del plazo en que ya no se puede cambiar de hora, así que cuenta como usada en ese mes.',
  'wording.cancelled.byService': 'Cancelada por el servicio de bienestar.',
  'wording.cancelled.credited': 'La sesión se ha devuelto a las sesiones disponibles.',

  'wording.decided.closedTitle': 'Solicitud de cambio de hora cerrada: sesión cancelada',
  'wording.decided.closedLine': 'La sesión del {when} se canceló, así que esta solicitud ya no procede.',
  'wording.decided.confirmedTitle': 'Solicitud de cambio de hora confirmada',
  'wording.decided.withdrewLine': '{employee} retiró esta solicitud. La sesión se mantiene el {when}.',
  'wording.decided.expiredLine':
    'La sesión del {when} ya está dentro del plazo en que no se puede mover, así que se mantiene tal como está reservada.',
  'wording.decided.proposedTitle': 'Solicitud de cambio de hora respondida con otra hora propuesta',
  'wording.decided.proposedLine': 'Propusiste otra hora; {employee} puede aceptarla o rechazarla.',
  'wording.decided.pendingTitle': 'Solicitud de cambio de hora pendiente',

  'wording.answered.acceptedProposedTitle': 'Aceptaste la hora propuesta',
  'wording.answered.declinedProposedTitle': 'Rechazaste la hora propuesta',
  'wording.answered.proposedExpiredTitle': 'La hora propuesta ha caducado',
  'wording.answered.proposedWithdrawnTitle': 'La hora propuesta se ha retirado',
  'wording.answered.acceptedNewTitle': 'Aceptaste la nueva hora',
  'wording.answered.declinedMoveTitle': 'Preferiste no mover tu sesión',
  'wording.answered.moveExpiredTitle': 'La petición de {therapist} para mover tu sesión ha caducado',
  'wording.answered.moveWithdrawnTitle': 'Se ha retirado la petición para mover tu sesión',

  'wording.outcome.acceptedNewTitle': '{employee} aceptó la nueva hora',
  'wording.outcome.moveExpiredTitle': 'Tu petición para mover la sesión ha caducado',
  'wording.outcome.moveClosedTitle': 'Tu petición para mover la sesión se ha cerrado',
  'wording.outcome.waitingFor': 'Esperando la respuesta de {employee}.',
  'wording.outcome.acceptedProposedTitle': '{employee} aceptó la hora que propusiste',
  'wording.outcome.declinedProposedTitle': '{employee} rechazó la hora que propusiste',
  'wording.outcome.proposedExpiredTitle': 'La hora que propusiste ha caducado',
  'wording.outcome.proposedWithdrawnTitle': 'La hora que propusiste se ha retirado',

  'wording.request.confirmedTitle': 'Tu solicitud de cambio de hora se ha confirmado',
  'wording.request.declinedTitle': 'Tu solicitud de cambio de hora se ha rechazado',
  'wording.request.withdrawnTitle': 'Retiraste tu solicitud de cambio de hora',
  'wording.request.expiredTitle': 'Tu solicitud de cambio de hora ha caducado',
  'wording.request.proposedTitle': '{therapist} propuso otra hora',
  'wording.request.proposedLine': 'Tu sesión se mantiene el {when} salvo que aceptes la hora propuesta.',

  'wording.notConfirmed.title': 'No se pudo confirmar tu solicitud de cambio de hora',
  'wording.notConfirmed.slotTaken': 'La hora que pediste, {when}, ya no está libre.',
  'wording.notConfirmed.allowance': 'Moverla al {when} superaría tus sesiones disponibles de {month}.',
  'wording.notConfirmed.insideCutoff': 'Tu sesión del {when} ya está dentro del plazo en que no se puede mover.',
  'wording.notConfirmed.notActive': 'La sesión ya se canceló, se cambió de hora o ya tuvo lugar.',
  'wording.notConfirmed.past': 'La hora que pediste, {when}, ya ha pasado.',
  'wording.notConfirmed.canReschedule': 'Puedes elegir otra hora, cancelar la sesión o escribir a tu terapeuta.',
  'wording.notConfirmed.canCancel':
    'Todavía puedes cancelarla (una cancelación tardía cuenta como usada en ese mes) o escribir a tu terapeuta.',
  'wording.notConfirmed.canMessage': 'Puedes escribir a tu terapeuta, o reservar una sesión nueva si te quedan sesiones disponibles.',

  'wording.since.cancelled': 'Desde entonces, la sesión del {when} se ha cancelado.',
  'wording.since.cancelledNext': 'Puedes reservar una sesión nueva o escribir a tu terapeuta.',
  'wording.since.yourMoved': 'Desde entonces, tu sesión se ha movido al {when}.',
  'wording.since.movedNext': 'Puedes elegirle otra hora, cancelarla o escribir a tu terapeuta.',
  'wording.since.moved': 'Desde entonces, la sesión se ha movido al {when}.',

  'wording.consequence.late':
    'Esta sesión empieza en menos de {hours, plural, one {# hora} other {# horas}}, así que es una cancelación tardía: seguirá contando como usada en ese mes y no se devolverá.',
  'wording.consequence.credited': 'La sesión se devolverá a tus sesiones disponibles.',
  'wording.consequence.therapist':
    'Esta sesión se devolverá a {employee}: no contará como usada. Se le avisará de que se ha cancelado, con tu motivo.',
  'wording.attendance.intro':
    'Sesiones {days, plural, one {del último día} other {de los últimos # días}}: marca cada una una vez, para las cifras de uso.',
  'wording.attendance.attended': 'Marcada como realizada. Gracias.',
  'wording.attendance.noShow': 'Marcada como ausencia. Cuenta en el informe de uso, sin ningún nombre.',
  'wording.fullMonth':
    'Has usado {allowance, plural, =1 {tu única sesión disponible} other {tus # sesiones disponibles}} de {month}, así que no se muestran sus horas.',

  'wording.fault.notTaken':
    'Lo siento, no he podido hacerlo ahora por un problema por nuestra parte. No se ha cambiado nada; inténtalo de nuevo en un minuto.',
  'wording.fault.stillWorking': 'Esto está tardando más de lo normal: verás el resultado aquí cuando termine.',
  'wording.fault.mayNotBeDone':
    'Lo siento, algo ha fallado por nuestra parte y puede que no se haya hecho. Revisa tu pestaña Inicio y vuelve a intentarlo en un minuto.',
  'wording.fault.viewWorking': ':hourglass_flowing_sand: Todavía en curso: esta ventana mostrará el resultado cuando termine.',
  'wording.fault.viewDone': ':white_check_mark: Hecho. Ya puedes cerrar esta ventana.',
  'wording.fault.viewRefused': 'No se ha cambiado nada. Cierra esta ventana y vuelve a abrir el formulario para intentarlo otra vez.',
  'wording.fault.viewFailed':
    'Lo siento, algo ha fallado por nuestra parte antes de terminar, así que puede que no se haya guardado. Revisa tu pestaña Inicio antes de volver a intentarlo.',

  'wording.moment.today': 'hoy a las {time}',
  'wording.moment.tomorrow': 'mañana a las {time}',
  'wording.moment.on': '{day} a las {time}',
  'wording.reminder.cutoffTitle': 'Recordatorio: todavía puedes mover tu sesión',
  'wording.reminder.cutoffLine':
    'A partir de {moment} esta sesión ya no se podrá mover; cámbiala de hora o cancélala ahora si lo necesitas.',
  'wording.reminder.startingTitle': 'La sesión empieza pronto',
  'wording.reminder.joinFromTherapist': 'Tu terapeuta te dará los datos para unirte.',

  'wording.care.hours': '{days}, {from}–{to} ({zone})',
  'wording.care.awayTitle': '{therapist} está fuera hasta el {until}',
  'wording.care.outsideTitle': '{therapist} está fuera de su horario habitual',
  'wording.care.title': 'Mensajes con {therapist}',
  'wording.care.awayLine': 'Tu mensaje se ha enviado; {therapist} está fuera y lo verá cuando vuelva, el {until}.',
  'wording.care.outsideLine': 'Tu mensaje se ha enviado; {therapist} lo verá en su próximo horario de trabajo.',
  'wording.care.line': 'Tus mensajes llegan en privado a {therapist}.',
  'wording.care.usualReply': '{therapist} suele responder {usualReply}.',
  'wording.care.usualHours': 'Horario habitual: {hours}.',
  'wording.care.notCrisis': 'Este chat no es un servicio de crisis.',
  'wording.care.helpNowContact':
    'Este chat no es un servicio de crisis. Si necesitas ayuda ahora, contacta con {supportLine} o con tu número de emergencias local.',
  'wording.care.helpNow': 'Este chat no es un servicio de crisis. Si necesitas ayuda ahora, llama a tu número de emergencias local.',

  'wording.weekOf': 'Semana del {day}',

  'wording.help.heading':
    '{role, select, employee {Tus sesiones} therapist {Como terapeuta} hr_admin {Como admin de RR. HH.} other {Como operador}}',
  'wording.help.changeTakesEffect': 'Un cambio se aplica cuando tu terapeuta lo confirma; hasta entonces, tu sesión actual se mantiene.',
  'wording.help.therapistCancel':
    'pedir a un cliente que mueva una próxima sesión (la acepta o la rechaza), cancelar una (siempre se le devuelve a tu cliente) y marcar las sesiones recientes como realizadas o ausencia',
  'wording.help.therapistMeetingLink': 'el enlace de videollamada que tus clientes ven con cada sesión',
  'wording.help.therapistHours': 'tu horario habitual y tu tiempo de respuesta, que ven los clientes que te escriben',
  'wording.help.therapistNotice': 'con cuántas horas de antelación pueden reservar contigo (24 si no lo cambias)',
  'wording.help.therapistAway': 'los días que no estás: no se ofrecen horas y quien te escriba sabrá cuándo vuelves',
  'wording.help.therapistAvailability': 'ver, añadir y quitar tus horas disponibles',
  'wording.help.changeTherapist': 'pedir en privado otro terapeuta (sin dar motivos; tu terapeuta no se entera)',
  'wording.help.therapistRecommend':
    'sesiones extra para un cliente que ha usado las de su mes; decide el servicio de bienestar y la empresa solo ve cifras',
  'wording.help.hrUsage': 'el uso del programa en tu organización, solo cifras',
  'wording.help.linkChannel': 'convertirlo en el canal de conversación de ese terapeuta',
  'wording.help.privacy.employee': 'Tu equipo de RR. HH. nunca ve tus mensajes ni los nombres de quienes usan el servicio.',
  'wording.help.privacy.therapist': 'Lo que escriben tus clientes te llega en privado: nunca se guarda y su equipo de RR. HH. nunca lo ve.',
  'wording.help.privacy.hr_admin': 'Los informes de uso solo muestran cifras, nunca nombres ni mensajes.',
  'wording.help.privacy.operator': 'Vincular un canal no muestra en él las sesiones ni los mensajes de nadie.',
  'wording.help.notYours.therapistBook':
    'Reservar es cosa de tus clientes: reservan conmigo y tú ves sus sesiones entre las tuyas próximas. Para organizar tú la próxima sesión de un cliente, usa «Ofrecer horas» en su hilo: reservará una de tus horas con un clic.',
  'wording.help.notYours.therapistOther':
    'Tus clientes me piden cambiar de hora: sus solicitudes llegan a su hilo en tu canal, donde confirmas, rechazas o propones otra hora. Para mover tú una sesión, usa «Mover sesión» junto a ella en tus próximas sesiones, o en el hilo del cliente; tu cliente la acepta o la rechaza.',
  'wording.help.notYours.roles':
    '{count, plural, =0 {miembro del personal} one {{first}} =2 {{first} y {last}} other {{first}, {middle} y {last}}}',
  'wording.help.notYours.role': '{role, select, employee {empleado} therapist {terapeuta} hr_admin {admin de RR. HH.} other {operador}}',
  'wording.help.notYours.staff':
    'Aquí estás dado de alta como {roles}, no como empleado, así que {action, select, sessions {no hay sesiones ni sesiones disponibles tuyas que mostrar} book {no tienes terapeuta con quien reservar} reschedule {no hay sesiones tuyas que mover} other {no hay sesiones tuyas que cancelar}}. Si quieres sesiones para ti, pide a tu proveedor de bienestar que te añada como empleado.',

  'wording.settings.linkSet':
    'Tu enlace de videollamada es ahora {link}. Tus clientes lo ven con cada sesión, en los recordatorios y en las invitaciones de calendario.',
  'wording.settings.linkRemoved': 'Se ha quitado tu enlace de videollamada.',
  'wording.settings.hoursSet': 'Tu horario habitual es ahora {hours}.',
  'wording.settings.hoursCleared': 'Se ha borrado tu horario habitual.',
  'wording.settings.usualReply': 'A quien te escriba se le dirá que sueles responder {usualReply}.',
  'wording.settings.usage.link': 'link https://meet.example.com/tu-sala (o link remove)',
  'wording.settings.usage.hours': 'hours Mon-Fri 09:00-17:00 en un día laborable',
  'wording.settings.usage.notice': 'notice 12 (horas, de 1 a 72)',
  'wording.settings.usage.away': 'away 2027-01-04 2027-01-15 (primer y último día; away clear los quita)',
  'wording.settings.awayRange': '{from} – {to}',
  'wording.settings.awaySet':
    'No estás: {periods}. En esos días los clientes no pueden reservar ni pedir horas, y a quien te escriba se le dirá cuándo vuelves.',
  'wording.settings.noAway': 'No tienes días de ausencia configurados.',
  'wording.settings.awayBookedSession': '{when} con {employee}',
  'wording.settings.awayBooked':
    'Ya reservado en esas fechas: {sessions}. Cancélalas desde tus sesiones o escribe a tus clientes para acordar otra hora.',
  'wording.settings.noticeSet':
    'Ahora los clientes pueden reservar, pedir o aceptar horas contigo con al menos {hours, plural, one {# hora} other {# horas}} de antelación. Tus propias propuestas no tienen este límite.',

  'wording.usage.allDepartments': 'Todos los departamentos',
  'wording.usage.employees': 'Empleados inscritos',
  'wording.usage.employeesWhoBooked': 'Empleados que reservaron',
  'wording.usage.booked': 'Sesiones reservadas (no canceladas)',
  'wording.usage.completed': 'Sesiones realizadas hasta ahora',
  'wording.usage.cancelled': 'Cancelaciones con antelación (devueltas)',
  'wording.usage.lateCancelled': 'Cancelaciones tardías (cuentan como usadas)',
  'wording.usage.cancellations': 'Cancelaciones en total',
  'wording.usage.noShows': 'Ausencias',
  'wording.usage.rescheduled': 'Cambiadas de hora',
  'wording.usage.allowanceUsed': 'Sesiones disponibles usadas',
  'wording.usage.extraSessions': 'Sesiones extra aprobadas',
  'wording.usage.percent': '{value} %',
  'wording.usage.smallGroup': 'Oculto: hay menos de {min} personas en este grupo, así que sus cifras podrían identificar a alguien.',
  'wording.usage.revealsSmallGroup': 'Oculto: revelaría, restando del total, las cifras de un grupo de menos de {min} personas.',
};
