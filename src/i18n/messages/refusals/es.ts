// Español: «tú», cercano y sencillo.
import type { Translation } from '../types.js';
import type { messages as enGB } from './en-GB.js';

export const messages: Translation<typeof enGB> = {
  'refusals.thatMonth': 'ese mes',
  'refusals.yourClient': 'tu cliente',
  'refusals.yourClientStart': 'Tu cliente',

  'refusals.bad_input': 'No he podido leer esa solicitud. Inténtalo de nuevo desde un mensaje nuevo.',
  'refusals.not_registered': 'Todavía no estás dado de alta en el servicio de bienestar. Pide a tu equipo de RR. HH. que te añada.',
  'refusals.no_therapist': 'Todavía no tienes terapeuta asignado. Tu equipo de RR. HH. puede organizarlo.',
  'refusals.therapist_not_linked':
    'El canal de conversación de tu terapeuta aún no está configurado, así que no puedo hacerle llegar nada. Avisa a tu equipo de RR. HH.',
  'refusals.unknown_session': 'No encuentro esa sesión. Puede que haya cambiado mientras tanto: actualiza e inténtalo de nuevo.',
  'refusals.unknown_request': 'No encuentro esa solicitud de cambio de hora.',
  'refusals.session_archived':
    'Esa sesión ya terminó y se ha archivado con las sesiones pasadas, así que ya no se puede cambiar nada de ella.',
  'refusals.request_archived':
    'Esa solicitud de cambio de hora se resolvió hace tiempo y se ha archivado, así que ya no se puede cambiar nada de ella.',
  'refusals.unknown_slot': 'Esa hora ya no está en la disponibilidad del terapeuta. Elige otra.',
  'refusals.not_your_session': 'Esa sesión no es tuya, así que no puedes cambiarla.',
  'refusals.not_linked_therapist': 'Solo el terapeuta vinculado a este canal puede hacer eso.',
  'refusals.not_awaiting_you':
    'Esta solicitud espera la respuesta de tu terapeuta, no la tuya. Todavía puedes retirarla desde tus sesiones o escribir a tu terapeuta.',
  'refusals.session_not_active': 'Esta sesión ya se canceló, se cambió de hora o ya tuvo lugar.',
  'refusals.inside_cutoff':
    'Esta sesión empieza en menos de {hours, plural, one {# hora} other {# horas}}, así que ya no se puede cambiar de hora. Todavía puedes cancelarla, pero contará como usada en ese mes.',
  'refusals.time_in_past': 'Esa hora ya ha pasado. Elige una hora futura.',
  'refusals.malformed_time': 'Esa fecha u hora no es válida. Elige una fecha y una hora.',
  'refusals.no_time_picked': 'Elige una hora: una de las horas disponibles, o una fecha y hora que tú prefieras.',
  'refusals.therapist_away': 'Tu terapeuta no está en esas fechas. Elige una hora para cuando vuelva.',
  'refusals.therapist_away_back': 'Tu terapeuta no está en esas fechas y vuelve el {back}. Elige una hora para cuando vuelva.',
  'refusals.invalid_away_period':
    'Indica el primer y el último día de ausencia como AAAA-MM-DD AAAA-MM-DD, por ejemplo: away 2027-01-04 2027-01-15 (como máximo 92 días, no en el pasado), o away clear. No se ha cambiado nada.',
  'refusals.too_soon':
    'Tu terapeuta necesita al menos {hours, plural, one {# hora} other {# horas}} de antelación. Elige una hora más tarde.',
  'refusals.invalid_booking_notice':
    'Indica la antelación para reservar en horas completas, de 1 a 72, por ejemplo: notice 12. No se ha cambiado nada.',
  'refusals.beyond_horizon':
    'Puedes reservar hasta el final de {month}, el último mes cuyas sesiones disponibles puedes ver. Las horas posteriores se abren a medida que se acerca su mes.',
  'refusals.nonexistent_local_time': 'Esa hora no existe en tu zona horaria porque ese día cambia la hora. Elige otra hora.',
  'refusals.slot_taken': 'Esa hora ya no está libre. Elige otra.',
  'refusals.same_time': 'Esa es la hora actual de la sesión. Elige una hora distinta.',
  'refusals.allowance_exhausted': 'Has usado tus {allowance} sesiones disponibles de {month}.',
  'refusals.request_pending': 'Ya hay una solicitud de cambio de hora esperando respuesta para esta sesión.',
  'refusals.already_decided':
    'Esta solicitud ya {status, select, confirmed {se ha confirmado} declined {se ha rechazado} approved {se ha aprobado} withdrawn {se ha retirado} expired {ha caducado} proposed {se ha respondido con otra hora} other {se ha resuelto}}.',
  'refusals.reason_missing': 'Indica un motivo (al menos {min} caracteres).',
  'refusals.reason_too_long': 'El motivo es demasiado largo: {max} caracteres como máximo, por favor.',
  'refusals.not_hr_admin': 'Los informes de uso solo están disponibles para los admins de RR. HH. de tu organización.',
  'refusals.not_therapist':
    'Solo los terapeutas pueden {action, select, link {configurar un enlace de videollamada} hours {configurar su horario de respuesta} notice {configurar la antelación para reservar} away {configurar días de ausencia} offer {ofrecer horas} attendance {marcar la asistencia} recommend {recomendar más sesiones} move {mover una sesión} other {gestionar su disponibilidad}}.',
  'refusals.not_operator': 'Solo los operadores y admins de RR. HH. del servicio de bienestar pueden hacer eso.',
  'refusals.unknown_therapist': 'Esa persona no está dada de alta como terapeuta de tu organización.',
  'refusals.slot_overlap': 'Se solapa con otra hora. Elige una hora libre.',
  'refusals.slot_overlap_when': 'Se solapa con otra hora ({when}). Elige una hora libre.',
  'refusals.slot_held': 'Esa hora está reservada, así que no se puede quitar. Primero hay que cancelar o mover la sesión.',
  'refusals.invalid_duration': 'Una hora disponible debe durar entre 15 minutos y 4 horas.',
  'refusals.invalid_repeat': 'Una hora disponible puede repetirse cada semana durante 1 a 26 semanas.',
  'refusals.invalid_month': 'Indica el mes como AAAA-MM o por su nombre, por ejemplo 2026-03, March o March 2026.',
  'refusals.relay_failed': 'Ahora mismo no se ha podido entregar tu mensaje. No se ha enviado nada; inténtalo de nuevo en un momento.',
  'refusals.therapist_channel_unreachable':
    'Tu mensaje aún no ha podido llegar a tu terapeuta porque su canal todavía no está listo para mí; el equipo del servicio de bienestar ya lo sabe y lo solucionará.',
  'refusals.therapist_channel_unreachable_support':
    'Tu mensaje aún no ha podido llegar a tu terapeuta porque su canal todavía no está listo para mí; el equipo del servicio de bienestar ya lo sabe. Si necesitas apoyo mientras tanto, puedes contactar con {supportLine}.',
  'refusals.text_only': 'Solo puedo enviar texto: los archivos y adjuntos no llegan a tu terapeuta. Escribe tu mensaje como texto.',
  'refusals.just_changed': 'Otra persona acaba de cambiar esto. Actualiza e inténtalo de nuevo.',
  'refusals.personal_chat_only':
    'Solo muestro y cambio sesiones en tu chat privado conmigo, nunca donde otras personas puedan leerlo. Abre un chat conmigo para ver tus sesiones, reservar o cambiar de hora.',
  'refusals.organisation_not_set_up':
    'Tu organización aún no está configurada con el servicio de bienestar, así que no puedo ayudarte aquí. Pide a tu equipo de RR. HH. que contacte con el proveedor.',
  'refusals.other_organisation':
    'Estás dado de alta en una organización distinta a la de este espacio de trabajo, así que no puedo ayudarte aquí. Pide a tu equipo de RR. HH. que revise tu alta.',
  'refusals.not_ended': 'Esta sesión aún no ha terminado: la asistencia se puede marcar cuando acabe.',
  'refusals.already_marked':
    'La asistencia a esta sesión ya se marcó{marked, select, no_show { como ausencia} attended { como realizada} other {}}. No se ha cambiado nada.',
  'refusals.invalid_meeting_link':
    'Un enlace de videollamada debe ser una dirección https:// completa de 500 caracteres como máximo, por ejemplo https://meet.example.com/tu-sala. No se ha cambiado nada.',
  'refusals.invalid_reply_hours':
    'Indica tu horario como días y un intervalo de horas que termine después de empezar, y luego tu tiempo de respuesta habitual, por ejemplo: Mon-Fri 09:00-17:00 en un día laborable. No se ha cambiado nada.',
  'refusals.unknown_offer': 'No encuentro esas horas ofrecidas. Escribe a tu terapeuta para acordar tu próxima sesión.',
  'refusals.offer_closed':
    'Estas horas ofrecidas {status, select, booked {ya se han reservado} declined {se rechazaron} replaced {se sustituyeron por una oferta más reciente: usa esa} expired {han caducado} withdrawn {se retiraron} other {ya no están abiertas}}. Escribe a tu terapeuta para acordar tu próxima sesión.',
  'refusals.offer_time_taken':
    'Una de esas horas ya no está libre en tu calendario (se solapa con una sesión u otra hora reservada). No se ha ofrecido nada: elige otras horas.',
  'refusals.offer_time_taken_when':
    '{when} ya no está libre en tu calendario (se solapa con una sesión u otra hora reservada). No se ha ofrecido nada: elige otras horas.',
  'refusals.offer_changed':
    'Hace un momento se hizo o se respondió otra oferta a este cliente. No se ha ofrecido nada: mira el hilo e inténtalo de nuevo.',
  'refusals.invalid_offer':
    'Ofrece de 1 a 3 horas distintas que no se solapen, en el futuro, reservadas de 1 a 168 horas (48 si no eliges). No se ha ofrecido nada.',
  'refusals.invalid_offer_horizon':
    'Ofrece de 1 a 3 horas distintas que no se solapen, en el futuro y no más tarde del final de {month}, reservadas de 1 a 168 horas (48 si no eliges). No se ha ofrecido nada.',
  'refusals.not_your_client': 'Esa persona no es cliente tuyo, así que no puedo hacer eso por ella. No se ha enviado nada.',
  'refusals.move_inside_cutoff':
    'Esta sesión empieza en menos de {hours, plural, one {# hora} other {# horas}}, así que ya no se puede mover. Todavía puedes cancelarla: se le devuelve a {client}, que recibirá el aviso con tu motivo.',
  'refusals.client_request_pending': '{client} ya pidió mover esta sesión; responde primero a su solicitud.',
  'refusals.move_awaiting_client': 'Ya pediste a {client} mover esta sesión; su respuesta aparecerá en su hilo.',
  'refusals.move_allowance_exhausted':
    '{client} ha usado sus {allowance} sesiones disponibles de {month}, así que la sesión no se puede mover allí. Elige una hora en otro mes.',
  'refusals.own_time_while_away': 'No estás en esas fechas. Elige una hora en la que estés.',
  'refusals.own_time_while_away_back': 'No estás en esas fechas (vuelves el {back}). Elige una hora en la que estés.',
  'refusals.move_time_taken':
    'Esa hora no está libre en tu calendario (se solapa con otra sesión o una solicitud reservada). Elige otra hora.',
  'refusals.therapist_move_pending':
    'Tu terapeuta ha pedido mover esta sesión a otra hora: primero acéptalo o recházalo, en tus mensajes conmigo.',
  'refusals.therapist_move_pending_named':
    '{therapist} ha pedido mover esta sesión a otra hora: primero acéptalo o recházalo, en tus mensajes conmigo.',
  'refusals.invalid_recommendation':
    'Recomienda de {min} a {max} sesiones extra para este mes o el siguiente, con una nota clínica de {noteMin} a {noteMax} caracteres. No se ha enviado nada.',
  'refusals.allowance_left':
    'A tu cliente aún le quedan sesiones de {month}. Podrás recomendar más cuando las haya usado. No se ha enviado nada.',
  'refusals.allowance_left_count':
    'A tu cliente aún le quedan {left} sesiones de {month}. Podrás recomendar más cuando las haya usado. No se ha enviado nada.',
  'refusals.recommendation_pending':
    'Ya recomendaste más sesiones para tu cliente en {month}; lo decidirá el servicio de bienestar. No se ha enviado nada nuevo.',
  'refusals.unknown_recommendation': 'No encuentro esa recomendación.',
  'refusals.thread_closed':
    'Esta conversación está cerrada: tu cliente trabaja ahora con otro terapeuta, así que las respuestas aquí ya no le llegan.',

  'refusals.therapist.slot_taken':
    'Esa hora ya no está libre en tu calendario (se solapa con otra sesión o una solicitud reservada), así que no se puede confirmar esta solicitud. Propón otra hora o recházala.',
  'refusals.therapist.allowance_exhausted':
    'Tu cliente ha usado sus {allowance} sesiones disponibles de {month}, así que la sesión no se puede mover allí. Propón una hora en otro mes o rechaza la solicitud.',
  'refusals.therapist.inside_cutoff':
    'Esta sesión empieza ya en menos de {hours, plural, one {# hora} other {# horas}}, así que no se puede cambiar de hora: no se puede confirmar esta solicitud y la sesión se mantiene tal como está reservada.',
  'refusals.therapist.session_not_active':
    'Esta sesión ya se canceló, se cambió de hora o ya tuvo lugar, así que no se puede confirmar esta solicitud.',
  'refusals.therapist.time_in_past':
    'La hora solicitada ya ha pasado, así que no se puede confirmar esta solicitud. Propón otra hora o recházala.',
  'refusals.therapist.not_awaiting_you': 'Esta solicitud espera la respuesta de tu cliente, no la tuya. Verás su respuesta en este hilo.',
  'refusals.therapist.not_your_session':
    'Esa sesión no es de ninguno de tus clientes, así que no puedes cambiarla. Tus propias sesiones aparecen en tu semana.',
  'refusals.therapist.offer_closed':
    'Esta oferta {status, select, booked {ya se ha reservado} declined {se rechazó} replaced {se sustituyó por una oferta más reciente: usa esa} expired {ha caducado} withdrawn {se retiró} other {ya no está abierta}}.',
  'refusals.therapist.unknown_offer': 'No encuentro esa oferta.',
};
