<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccessibilityScreen</name>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Changes last until you finish. Tap again to turn off.</source>
        <translation>Los cambios duran hasta que termine. Toque otra vez para quitarlos.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{option}: {state}</source>
        <translation>{option}: {state}</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Language: {name}</source>
        <translation>Idioma: {name}</translation>
    </message>
    <message>
        <source>{library} · {branch}</source>
        <translation>{library} · {branch}</translation>
    </message>
    <message>
        <source>Scan your card</source>
        <translation>Escanee su tarjeta</translation>
    </message>
    <message>
        <source>Hold the QR code on your makerspace card under the scanner.</source>
        <translation>Ponga el código QR de su tarjeta del makerspace bajo el escáner.</translation>
    </message>
    <message>
        <source>Demo: simulate a scan (F2)</source>
        <translation>Demo: simular un escaneo (F2)</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>A card held under the scanner</source>
        <translation>Una tarjeta bajo el escáner</translation>
    </message>
</context>
<context>
    <name>BookedScreen</name>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>My reservations</source>
        <translation>Mis reservas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>{item}
{day}, {time}</source>
        <translation>{item}
{day}, {time}</translation>
    </message>
    <message>
        <source>Tap “Start now” to switch the machine on.</source>
        <translation>Toca «Empezar ahora» para encender la máquina.</translation>
    </message>
    <message>
        <source>When your time comes, scan your card here and tap “Start”.</source>
        <translation>Cuando llegue tu hora, escanea tu tarjeta aquí y toca «Empezar».</translation>
    </message>
</context>
<context>
    <name>BookingText</name>
    <message>
        <source>That time has already gone by.</source>
        <translation>Esa hora ya ha pasado.</translation>
    </message>
    <message>
        <source>Please choose a later time.</source>
        <translation>Elige una hora más tarde.</translation>
    </message>
    <message>
        <source>A booking needs a length.</source>
        <translation>Una reserva necesita una duración.</translation>
    </message>
    <message>
        <source>Choose how long with the + button.</source>
        <translation>Elige cuánto tiempo con el botón +.</translation>
    </message>
    <message>
        <source>The shortest booking is {limit}.</source>
        <translation>La reserva más corta es de {limit}.</translation>
    </message>
    <message>
        <source>Choose a longer time with the + button.</source>
        <translation>Elige más tiempo con el botón +.</translation>
    </message>
    <message>
        <source>The longest booking is {limit}.</source>
        <translation>La reserva más larga es de {limit}.</translation>
    </message>
    <message>
        <source>Choose a shorter time with the − button.</source>
        <translation>Elige menos tiempo con el botón −.</translation>
    </message>
    <message>
        <source>Bookings start and last in steps of {step}.</source>
        <translation>Las reservas empiezan y duran en pasos de {step}.</translation>
    </message>
    <message>
        <source>Choose a time on the timeline, then a length.</source>
        <translation>Elige una hora en el horario y luego una duración.</translation>
    </message>
    <message>
        <source>You can book up to {limit} a day, and you have {used} booked already.</source>
        <translation>Puedes reservar hasta {limit} al día y ya tienes {used} reservado.</translation>
    </message>
    <message>
        <source>Choose a shorter time, or another day.</source>
        <translation>Elige menos tiempo u otro día.</translation>
    </message>
    <message>
        <source>You can book up to {limit} a week, and you have {used} booked already.</source>
        <translation>Puedes reservar hasta {limit} a la semana y ya tienes {used} reservado.</translation>
    </message>
    <message>
        <source>Choose a shorter time, or a day next week.</source>
        <translation>Elige menos tiempo o un día de la semana que viene.</translation>
    </message>
    <message>
        <source>That day is too far ahead to book yet.</source>
        <translation>Todavía no se puede reservar un día tan lejano.</translation>
    </message>
    <message>
        <source>Choose a day up to {until}, or book this one later.</source>
        <translation>Elige un día hasta el {until}, o reserva este más adelante.</translation>
    </message>
    <message>
        <source>The makerspace is closed at that time.</source>
        <translation>El makerspace está cerrado a esa hora.</translation>
    </message>
    <message>
        <source>Choose a time when it is open.</source>
        <translation>Elige una hora en la que esté abierto.</translation>
    </message>
    <message>
        <source>The library is closed that day. {reason}</source>
        <translation>La biblioteca está cerrada ese día. {reason}</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>Elige otro día.</translation>
    </message>
    <message>
        <source>The booking would end after closing time ({closes_at}).</source>
        <translation>La reserva terminaría después del cierre ({closes_at}).</translation>
    </message>
    <message>
        <source>Choose a shorter time or an earlier start.</source>
        <translation>Elige menos tiempo o empieza antes.</translation>
    </message>
    <message>
        <source>Someone else has booked this time.</source>
        <translation>Otra persona ha reservado esta hora.</translation>
    </message>
    <message>
        <source>Please choose another free time.</source>
        <translation>Elige otra hora libre.</translation>
    </message>
    <message>
        <source>The machine needs {minutes} free between two bookings.</source>
        <translation>La máquina necesita {minutes} libres entre dos reservas.</translation>
    </message>
    <message>
        <source>Start a little later or end a little earlier.</source>
        <translation>Empieza un poco más tarde o termina un poco antes.</translation>
    </message>
    <message>
        <source>This machine needs the “{training}” training first.</source>
        <translation>Esta máquina requiere antes la formación «{training}».</translation>
    </message>
    <message>
        <source>Please ask a staff member about the “{training}” training.</source>
        <translation>Pregunta a un miembro del personal por la formación «{training}».</translation>
    </message>
    <message>
        <source>We need a parent&apos;s or guardian&apos;s permission on file first.</source>
        <translation>Primero necesitamos tener el permiso de tu madre, padre o tutor.</translation>
    </message>
    <message>
        <source>Please come back with a parent or guardian to see a staff member.</source>
        <translation>Vuelve con tu madre, padre o tutor para hablar con el personal.</translation>
    </message>
    <message>
        <source>Please read and accept the makerspace safety agreement first.</source>
        <translation>Primero lee y acepta el acuerdo de seguridad del makerspace.</translation>
    </message>
    <message>
        <source>Tap “Read the agreement” below.</source>
        <translation>Toca «Leer el acuerdo» abajo.</translation>
    </message>
    <message>
        <source>Booking is paused for you after missed bookings, until {until}.</source>
        <translation>Tus reservas están en pausa por reservas no usadas, hasta {until}.</translation>
    </message>
    <message>
        <source>A staff member can help if this seems wrong.</source>
        <translation>Si te parece un error, el personal puede ayudarte.</translation>
    </message>
    <message>
        <source>This item can&apos;t be booked.</source>
        <translation>Este artículo no se puede reservar.</translation>
    </message>
    <message>
        <source>Please ask a staff member how to use it.</source>
        <translation>Pregunta al personal cómo usarlo.</translation>
    </message>
    <message>
        <source>This machine is out of order.</source>
        <translation>Esta máquina está averiada.</translation>
    </message>
    <message>
        <source>Choose another machine, or ask a staff member.</source>
        <translation>Elige otra máquina o pregunta al personal.</translation>
    </message>
    <message>
        <source>The machine is in use or waiting for a check.</source>
        <translation>La máquina está en uso o pendiente de revisión.</translation>
    </message>
    <message>
        <source>Book a free time later instead.</source>
        <translation>Reserva mejor una hora libre más tarde.</translation>
    </message>
    <message>
        <source>This card can&apos;t be used any more.</source>
        <translation>Esta tarjeta ya no se puede usar.</translation>
    </message>
    <message>
        <source>Please ask a staff member for a new card.</source>
        <translation>Pide una tarjeta nueva al personal.</translation>
    </message>
    <message>
        <source>That booking belongs to someone else.</source>
        <translation>Esa reserva es de otra persona.</translation>
    </message>
    <message>
        <source>Please ask a staff member.</source>
        <translation>Pregunta a un miembro del personal.</translation>
    </message>
    <message>
        <source>That booking can&apos;t be cancelled: it has started or ended.</source>
        <translation>Esa reserva no se puede cancelar: ya ha empezado o terminado.</translation>
    </message>
    <message>
        <source>Please ask a staff member if something is wrong.</source>
        <translation>Si algo va mal, pregunta al personal.</translation>
    </message>
    <message>
        <source>Please ask a staff member to show you the agreement.</source>
        <translation>Pide a un miembro del personal que te muestre el acuerdo.</translation>
    </message>
    <message>
        <source>The library&apos;s rules don&apos;t allow this booking.</source>
        <translation>Las normas de la biblioteca no permiten esta reserva.</translation>
    </message>
    <message>
        <source>A staff member can tell you more.</source>
        <translation>Un miembro del personal puede darte más información.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasado</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a week column&apos;s heading, as short as &apos;Mon&apos;</comment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Free now</source>
        <translation>Libre ahora</translation>
    </message>
    <message>
        <source>In use until {time}</source>
        <translation>En uso hasta las {time}</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Booked until {time}</source>
        <translation>Reservada hasta las {time}</translation>
    </message>
    <message>
        <source>Booked now</source>
        <translation>Reservada ahora</translation>
    </message>
    <message>
        <source>Needs a check</source>
        <translation>Necesita revisión</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Averiada</translation>
    </message>
</context>
<context>
    <name>CardPrint</name>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>Kit code</source>
        <translation>Código del kit</translation>
    </message>
</context>
<context>
    <name>CardSetupScreen</name>
    <message>
        <source>Set up a card</source>
        <translation>Configurar una tarjeta</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Volver a la consola</translation>
    </message>
    <message>
        <source>Scan the card to set up now.</source>
        <translation>Escanee ahora la tarjeta que quiere configurar.</translation>
    </message>
    <message>
        <source>Card scanned at {time}.</source>
        <translation>Tarjeta escaneada a las {time}.</translation>
    </message>
    <message>
        <source>The patron&apos;s name</source>
        <translation>El nombre del usuario</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>New patron with this card</source>
        <translation>Es un usuario nuevo</translation>
    </message>
    <message>
        <source>Nobody found with that name.</source>
        <translation>No hay nadie con ese nombre.</translation>
    </message>
    <message>
        <source>Name (as the patron wants it shown)</source>
        <translation>Nombre (como el usuario quiere que aparezca)</translation>
    </message>
    <message>
        <source>Year of birth (optional; tells us about minors)</source>
        <translation>Año de nacimiento (opcional; indica si es menor)</translation>
    </message>
    <message>
        <source>Register and set up the card</source>
        <translation>Registrar con esta tarjeta</translation>
    </message>
    <message>
        <source>The card now belongs to {name}. Their next scan checks them in.</source>
        <translation>La tarjeta ya es de {name}. Con su próximo escaneo quedará registrado/a.</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
</context>
<context>
    <name>CheckingScreen</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>Un momento, por favor.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
</context>
<context>
    <name>ConsoleScreen</name>
    <message>
        <source>Patron checked in</source>
        <translation>Usuario registrado</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>Tarjeta de personal</translation>
    </message>
    <message>
        <source>Unknown card</source>
        <translation>Tarjeta desconocida</translation>
    </message>
    <message>
        <source>Revoked card</source>
        <translation>Tarjeta anulada</translation>
    </message>
    <message>
        <source>Card not from this library</source>
        <translation>Tarjeta que no es de esta biblioteca</translation>
    </message>
    <message>
        <source>Unreadable scan</source>
        <translation>Escaneo ilegible</translation>
    </message>
    <message>
        <source>Library barcode</source>
        <translation>Código de barras de la biblioteca</translation>
    </message>
    <message>
        <source>Could not check in (database)</source>
        <translation>No se pudo registrar (base de datos)</translation>
    </message>
    <message>
        <source>Close console</source>
        <translation>Cerrar la consola</translation>
    </message>
    <message>
        <source>Set up a card</source>
        <translation>Configurar una tarjeta</translation>
    </message>
    <message>
        <source>Lock all machines</source>
        <translation>Bloquear todas las máquinas</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Staff tools</source>
        <translation>Herramientas del personal</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Recent scans at this kiosk</source>
        <translation>Escaneos recientes en este quiosco</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Staff console</source>
        <translation>Consola del personal</translation>
    </message>
    <message>
        <source>Staff console · {name}</source>
        <translation>Consola del personal · {name}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Checked in today: {today}
In now: {now} (checked in within {hours} h)</source>
        <translation>Registrados hoy: {today}
Ahora aquí: {now} (registrados en las últimas {hours} h)</translation>
    </message>
    <message>
        <source>No scans since the kiosk started.</source>
        <translation>Ningún escaneo desde que se inició el quiosco.</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
    <message>
        <source>{name} ({kind}): {status}</source>
        <translation>{name} ({kind}): {status}</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>relay controller</source>
        <translation>controlador de relés</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>impresora</translation>
    </message>
    <message>
        <source>card scanner</source>
        <translation>lector de tarjetas</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconectando</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>averiado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
    <message>
        <source>Still there? Back to the start in 1 second.</source>
        <translation>¿Sigue ahí? Volvemos al inicio en 1 segundo.</translation>
    </message>
    <message numerus="yes">
        <source>Still there? Back to the start in %n seconds.</source>
        <translation>
            <numerusform>¿Sigue ahí? Volvemos al inicio en %n segundo.</numerusform>
            <numerusform>¿Sigue ahí? Volvemos al inicio en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCards</name>
    <message>
        <source>{name} (card {number}, revoked)</source>
        <translation>{name} (tarjeta {number}, anulada)</translation>
    </message>
    <message>
        <source>{name} (card {number})</source>
        <translation>{name} (tarjeta {number})</translation>
    </message>
    <message>
        <source>Staff card: {name}</source>
        <translation>Tarjeta de personal: {name}</translation>
    </message>
    <message>
        <source>A forged card (altered code)</source>
        <translation>Una tarjeta falsificada (código alterado)</translation>
    </message>
    <message>
        <source>A garbage scan</source>
        <translation>Un escaneo sin sentido</translation>
    </message>
    <message>
        <source>Kit label: {name}</source>
        <translation>Etiqueta de kit: {name}</translation>
    </message>
</context>
<context>
    <name>DemoPickerScreen</name>
    <message>
        <source>Demo: simulate a scan</source>
        <translation>Demo: simular un escaneo</translation>
    </message>
    <message>
        <source>Tap a demo card. Its code goes through the same path as a real scanner. (Shortcut: F2)</source>
        <translation>Toque una tarjeta de demostración. Su código sigue el mismo camino que con un escáner real. (Atajo: F2)</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <source>Demo cards</source>
        <translation>Tarjetas de demostración</translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <source>{name}: {text}</source>
        <translation>{name}: {text}</translation>
    </message>
    <message>
        <source>the controller restarted; every channel is locked</source>
        <translation>el controlador se reinició; todos los canales están bloqueados</translation>
    </message>
    <message>
        <source>channel {channel}: unlock not confirmed, locking it again</source>
        <translation>canal {channel}: desbloqueo no confirmado, se vuelve a bloquear</translation>
    </message>
    <message>
        <source>channel {channel}: locked again after an unconfirmed unlock</source>
        <translation>canal {channel}: bloqueado de nuevo tras un desbloqueo no confirmado</translation>
    </message>
    <message>
        <source>emergency stop pressed: every channel locked</source>
        <translation>parada de emergencia pulsada: todos los canales bloqueados</translation>
    </message>
    <message>
        <source>the controller lost the kiosk&apos;s heartbeat and locked</source>
        <translation>el controlador perdió la señal de vida del quiosco y se bloqueó</translation>
    </message>
    <message>
        <source>job {job} failed: {reason}</source>
        <translation>el trabajo {job} falló: {reason}</translation>
    </message>
    <message>
        <source>emergency stop: its power was cut ({reason})</source>
        <translation>parada de emergencia: se cortó su alimentación ({reason})</translation>
    </message>
    <message>
        <source>emergency stop: its power relay did not switch off ({reason}); switch it off by hand</source>
        <translation>parada de emergencia: su relé de alimentación no se apagó ({reason}); apáguela a mano</translation>
    </message>
    <message>
        <source>emergency stop asked ({reason}), but no power relay is set up for it; switch it off by hand</source>
        <translation>se pidió una parada de emergencia ({reason}), pero no tiene relé de alimentación; apáguela a mano</translation>
    </message>
    <message>
        <source>Card scanner</source>
        <translation>Lector de tarjetas</translation>
    </message>
    <message>
        <source>nothing is connected at {port}</source>
        <translation>no hay nada conectado en {port}</translation>
    </message>
    <message>
        <source>channels still on: {channels}</source>
        <translation>canales aún encendidos: {channels}</translation>
    </message>
</context>
<context>
    <name>EquipmentAdminFlow</name>
    <message>
        <source>3D printer</source>
        <translation>Impresora 3D</translation>
    </message>
    <message>
        <source>Laser cutter</source>
        <translation>Cortadora láser</translation>
    </message>
    <message>
        <source>Vinyl cutter</source>
        <translation>Plotter de vinilo</translation>
    </message>
    <message>
        <source>Sewing machine</source>
        <translation>Máquina de coser</translation>
    </message>
    <message>
        <source>Arduino kit</source>
        <translation>Kit Arduino</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Laser</source>
        <translation>Láser</translation>
    </message>
    <message>
        <source>Vinyl</source>
        <translation>Vinilo</translation>
    </message>
    <message>
        <source>Sewing</source>
        <translation>Costura</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Circuito</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reservado</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>needs a check</source>
        <translation>necesita revisión</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>averiado</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Duración de la franja</translation>
    </message>
    <message>
        <source>Shortest booking</source>
        <translation>Reserva más corta</translation>
    </message>
    <message>
        <source>Longest booking</source>
        <translation>Reserva más larga</translation>
    </message>
    <message>
        <source>Most a day per patron</source>
        <translation>Máximo al día por usuario</translation>
    </message>
    <message>
        <source>Most a week per patron</source>
        <translation>Máximo a la semana por usuario</translation>
    </message>
    <message>
        <source>Bookable days ahead</source>
        <translation>Días de antelación para reservar</translation>
    </message>
    <message>
        <source>Free time between bookings</source>
        <translation>Tiempo libre entre reservas</translation>
    </message>
    <message>
        <source>Slot freed after a no-show of</source>
        <translation>Franja liberada tras una ausencia de</translation>
    </message>
    <message>
        <source>No-shows before a pause</source>
        <translation>Ausencias antes de una pausa</translation>
    </message>
    <message>
        <source>Booking pause</source>
        <translation>Pausa de reservas</translation>
    </message>
    <message>
        <source>Equipment &amp; rules</source>
        <translation>Equipos y reglas</translation>
    </message>
    <message>
        <source>Please type the item&apos;s name.</source>
        <translation>Escriba el nombre del equipo.</translation>
    </message>
    <message>
        <source>An item must be reservable, lendable or both.</source>
        <translation>Un equipo debe poder reservarse, prestarse o ambas cosas.</translation>
    </message>
    <message>
        <source>{name} is saved.</source>
        <translation>{name} está guardado.</translation>
    </message>
    <message>
        <source>The rule for {kind} is saved.</source>
        <translation>La regla para {kind} está guardada.</translation>
    </message>
    <message>
        <source>Please type the reason patrons will see.</source>
        <translation>Escriba el motivo que verán los usuarios.</translation>
    </message>
    <message>
        <source>Closing must come after opening.</source>
        <translation>El cierre debe ser después de la apertura.</translation>
    </message>
    <message>
        <source>The second opening must start after the first one closes.</source>
        <translation>La segunda apertura debe empezar después del primer cierre.</translation>
    </message>
    <message>
        <source>The hours for {day} are saved.</source>
        <translation>El horario del {day} está guardado.</translation>
    </message>
    <message>
        <source>Closed on {day}.</source>
        <translation>Cerrado el {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) were already made for that day: those patrons are told when they next check in, and are listed below.</source>
        <translation>
            <numerusform>Ya había %n reserva(s) para ese día: se avisa a esos usuarios en su próximo registro y aparecen abajo.</numerusform>
            <numerusform>Ya había %n reserva(s) para ese día: se avisa a esos usuarios en su próximo registro y aparecen abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is retired.</source>
        <translation>{name} está dado de baja.</translation>
    </message>
    <message>
        <source>Open again on {day}.</source>
        <translation>Abierto de nuevo el {day}.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>Su cuenta no puede hacer esto. Pídaselo a un administrador.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>Ahora no se puede acceder a la base de datos. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>No ha funcionado. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>{relay} channel {channel}</source>
        <translation>{relay} canal {channel}</translation>
    </message>
    <message>
        <source>Prints on: {printer}</source>
        <translation>Imprime en: {printer}</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>No hace falta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <source>Training needed</source>
        <translation>Formación necesaria</translation>
    </message>
    <message>
        <source>Relay controller</source>
        <translation>Controlador de relés</translation>
    </message>
    <message>
        <source>Not switched by a relay</source>
        <translation>Sin relé</translation>
    </message>
    <message>
        <source>Relay channel</source>
        <translation>Canal del relé</translation>
    </message>
    <message>
        <source>Booked by time</source>
        <translation>Se reserva por horas</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>Se presta</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Equipo nuevo</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Sin impresora</translation>
    </message>
    <message>
        <source>(not on this kiosk)</source>
        <translation>(no está en este quiosco)</translation>
    </message>
    <message>
        <source>Not on this kiosk: kept</source>
        <translation>No está en este quiosco: se conserva</translation>
    </message>
    <message>
        <source>Printer for {name}</source>
        <translation>Impresora para {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día(s)</numerusform>
            <numerusform>%n día(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>This kind uses the default rule until you save one.</source>
        <translation>Este tipo usa la regla predeterminada hasta que guarde una.</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Cambiado, aún sin guardar.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Abre</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Cierra</translation>
    </message>
    <message>
        <source>Opens again</source>
        <translation>Vuelve a abrir</translation>
    </message>
    <message>
        <source>Closes again</source>
        <translation>Vuelve a cerrar</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>Open this day</source>
        <translation>Abierto este día</translation>
    </message>
    <message>
        <source>Second opening</source>
        <translation>Segunda apertura</translation>
    </message>
    <message>
        <source>The week as saved:</source>
        <translation>La semana guardada:</translation>
    </message>
    <message>
        <source>Bookings on days now closed (tell these patrons):</source>
        <translation>Reservas en días ahora cerrados (avise a estos usuarios):</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
</context>
<context>
    <name>EquipmentAdminScreen</name>
    <message>
        <source>Equipment &amp; rules</source>
        <translation>Equipos y reglas</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Volver a la consola</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Reglas de reserva</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Cierres</translation>
    </message>
    <message>
        <source>Prints on</source>
        <translation>Imprime en</translation>
    </message>
    <message>
        <source>Prints on: {printer}. Tap to choose another printer.</source>
        <translation>Imprime en: {printer}. Toque para elegir otra impresora.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reason shown to patrons</source>
        <translation>Motivo que ven los usuarios</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Añadir un equipo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Tap again to retire it</source>
        <translation>Toque otra vez para darlo de baja</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>Open on that day again</source>
        <translation>Abrir de nuevo ese día</translation>
    </message>
    <message>
        <source>Add the item</source>
        <translation>Añadir el equipo</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation>Guardar el equipo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Close on this day</source>
        <translation>Cerrar este día</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Tap an item to change it.</source>
        <translation>Toque un equipo para cambiarlo.</translation>
    </message>
    <message>
        <source>No equipment yet. Tap “Add an item”.</source>
        <translation>Aún no hay equipos. Toque «Añadir un equipo».</translation>
    </message>
    <message>
        <source>Choose the printer that prints this item&apos;s jobs:</source>
        <translation>Elija la impresora que imprime los trabajos de este equipo:</translation>
    </message>
    <message>
        <source>Days ahead when the branch is closed (tap one to open again):</source>
        <translation>Próximos días en que la sede cierra (toque uno para abrir de nuevo):</translation>
    </message>
    <message>
        <source>No closures ahead. Choose a day and a reason to add one.</source>
        <translation>No hay cierres previstos. Elija un día y un motivo para añadir uno.</translation>
    </message>
</context>
<context>
    <name>EquipmentFlow</name>
    <message>
        <source>Equipment</source>
        <translation>Equipos</translation>
    </message>
</context>
<context>
    <name>EquipmentListScreen</name>
    <message>
        <source>Needs the “{training}” training</source>
        <translation>Requiere la formación «{training}»</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Averiada</translation>
    </message>
    <message>
        <source>Being checked by staff</source>
        <translation>El personal la está revisando</translation>
    </message>
    <message>
        <source>Free now · {count} free times this week</source>
        <translation>Libre ahora · {count} horas libres esta semana</translation>
    </message>
    <message>
        <source>Free today from {time}</source>
        <translation>Libre hoy desde las {time}</translation>
    </message>
    <message>
        <source>Next free: {day} {time}</source>
        <translation>Próxima hora libre: {day} {time}</translation>
    </message>
    <message>
        <source>Fully booked this week</source>
        <translation>Completa esta semana</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>My reservations</source>
        <translation>Mis reservas</translation>
    </message>
    <message>
        <source>Looking up the machines…</source>
        <translation>Buscando las máquinas…</translation>
    </message>
    <message>
        <source>The machines can&apos;t be shown right now. Please ask a staff member.</source>
        <translation>Ahora no se pueden mostrar las máquinas. Pregunta al personal.</translation>
    </message>
    <message>
        <source>There are no machines to book at this branch.</source>
        <translation>No hay máquinas para reservar en esta sede.</translation>
    </message>
    <message>
        <source>Tap a machine to see its free times and book.</source>
        <translation>Toca una máquina para ver sus horas libres y reservar.</translation>
    </message>
    <message>
        <source>See times</source>
        <translation>Ver horas</translation>
    </message>
    <message>
        <source>{machine}: see times</source>
        <translation>{machine}: ver horas</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Makerspace Kiosk</source>
        <translation>Quiosco del makerspace</translation>
    </message>
</context>
<context>
    <name>KitScreen</name>
    <message>
        <source>Read the agreement</source>
        <translation>Leer el acuerdo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Borrow {kit}?</source>
        <translation>¿Tomar prestado {kit}?</translation>
    </message>
    <message>
        <source>Bring it back to the makerspace by then, with everything in it.</source>
        <translation>Devuélvelo al makerspace antes de esa fecha, con todo su contenido.</translation>
    </message>
    <message>
        <source>Borrow it</source>
        <translation>Tomarlo prestado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Return {kit}?</source>
        <translation>¿Devolver {kit}?</translation>
    </message>
    <message>
        <source>Leave it on the returns shelf. Staff will check that it is complete.</source>
        <translation>Déjalo en el estante de devoluciones. El personal comprobará que esté completo.</translation>
    </message>
    <message>
        <source>Return it</source>
        <translation>Devolverlo</translation>
    </message>
    <message>
        <source>You borrowed {kit}</source>
        <translation>Tienes en préstamo {kit}</translation>
    </message>
    <message>
        <source>To return it, scan your card here, tap “Borrow or return a kit” and scan the kit&apos;s label.</source>
        <translation>Para devolverlo, escanea tu tarjeta aquí, toca «Pedir o devolver un kit» y escanea la etiqueta del kit.</translation>
    </message>
    <message>
        <source>My kits</source>
        <translation>Mis kits</translation>
    </message>
    <message>
        <source>{kit} is returned. Thank you!</source>
        <translation>{kit} está devuelto. ¡Gracias!</translation>
    </message>
    <message>
        <source>Please leave it on the returns shelf.</source>
        <translation>Déjalo en el estante de devoluciones, por favor.</translation>
    </message>
    <message>
        <source>{kit} can&apos;t be borrowed</source>
        <translation>No se puede prestar {kit}</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Eso no funcionó</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>KitsOnLoanFlow</name>
    <message>
        <source>Kits on loan</source>
        <translation>Kits prestados</translation>
    </message>
    <message>
        <source>a patron whose data was deleted</source>
        <translation>un usuario cuyos datos se borraron</translation>
    </message>
    <message>
        <source>One moment: still busy with the last step.</source>
        <translation>Un momento: todavía con el paso anterior.</translation>
    </message>
    <message>
        <source>Lent to {patron}.</source>
        <translation>Prestado a {patron}.</translation>
    </message>
    <message>
        <source>Free to lend.</source>
        <translation>Disponible para prestar.</translation>
    </message>
    <message>
        <source>This item is not lent out (it is not marked lendable).</source>
        <translation>Este artículo no se presta (no está marcado como prestable).</translation>
    </message>
    <message>
        <source>This kit is retired.</source>
        <translation>Este kit está retirado.</translation>
    </message>
    <message>
        <source>State: {state}.</source>
        <translation>Estado: {state}.</translation>
    </message>
    <message>
        <source>{kit} is back from {patron}; it waits for a check.</source>
        <translation>{kit} ha vuelto de {patron}; espera una revisión.</translation>
    </message>
    <message>
        <source>{kit} is back from {patron} and ready to lend.</source>
        <translation>{kit} ha vuelto de {patron} y está listo para prestar.</translation>
    </message>
    <message>
        <source>{kit} is lent to {patron}. {due}.</source>
        <translation>{kit} está prestado a {patron}. {due}.</translation>
    </message>
    <message>
        <source>{kit} is checked and ready to lend.</source>
        <translation>{kit} está revisado y listo para prestar.</translation>
    </message>
    <message>
        <source>Your account may not lend kits. Please ask an administrator.</source>
        <translation>Tu cuenta no puede prestar kits. Pregunta a un administrador.</translation>
    </message>
    <message>
        <source>That is a card. Scan the kit&apos;s label first, then the card.</source>
        <translation>Eso es una tarjeta. Escanea primero la etiqueta del kit y luego la tarjeta.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>No se puede acceder a la base de datos en este momento. Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>KitsOnLoanScreen</name>
    <message>
        <source>Kits on loan</source>
        <translation>Kits prestados</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Volver a la consola</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The loans can&apos;t be read right now.</source>
        <translation>Los préstamos no se pueden leer en este momento.</translation>
    </message>
    <message>
        <source>No kit is out on loan.</source>
        <translation>No hay ningún kit prestado.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Vencido (%n)</numerusform>
            <numerusform>Vencidos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On loan (%n)</source>
        <translation>
            <numerusform>Prestado (%n)</numerusform>
            <numerusform>Prestados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan a kit&apos;s label to take it back. To lend a kit, scan its label, then the patron&apos;s card.</source>
        <translation>Escanea la etiqueta de un kit para recibirlo de vuelta. Para prestar un kit, escanea su etiqueta y luego la tarjeta del usuario.</translation>
    </message>
    <message>
        <source>Now scan the card of the patron who takes it.</source>
        <translation>Ahora escanea la tarjeta del usuario que se lo lleva.</translation>
    </message>
    <message>
        <source>Take back: complete</source>
        <translation>Recibir: completo</translation>
    </message>
    <message>
        <source>Take back: needs a check</source>
        <translation>Recibir: necesita revisión</translation>
    </message>
    <message>
        <source>Checked: ready to lend</source>
        <translation>Revisado: listo para prestar</translation>
    </message>
    <message>
        <source>Scan another kit</source>
        <translation>Escanear otro kit</translation>
    </message>
</context>
<context>
    <name>KitsScreen</name>
    <message>
        <source>Borrow or return a kit</source>
        <translation>Pedir o devolver un kit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <source>Looking up the kit…</source>
        <translation>Buscando el kit…</translation>
    </message>
    <message>
        <source>Scan the QR label on a kit to borrow it, or to return one you have.</source>
        <translation>Escanea la etiqueta QR de un kit para pedirlo prestado o para devolver uno que tengas.</translation>
    </message>
    <message>
        <source>Looking up your kits…</source>
        <translation>Buscando tus kits…</translation>
    </message>
    <message>
        <source>Your kits can&apos;t be shown right now. Please ask a staff member.</source>
        <translation>Tus kits no se pueden mostrar en este momento. Pregunta a un miembro del personal.</translation>
    </message>
    <message>
        <source>You have no kits out.</source>
        <translation>No tienes ningún kit prestado.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n kit(s) out.</source>
        <translation>
            <numerusform>Tienes %n kit prestado.</numerusform>
            <numerusform>Tienes %n kits prestados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue. Please bring overdue kits back soon.</source>
        <translation>
            <numerusform>%n vencido. Devuelve pronto los kits vencidos.</numerusform>
            <numerusform>%n vencidos. Devuelve pronto los kits vencidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Yes, return it</source>
        <translation>Sí, devolverlo</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Quedármelo</translation>
    </message>
    <message>
        <source>Return it now?</source>
        <translation>¿Devolverlo ahora?</translation>
    </message>
</context>
<context>
    <name>LanguagePickerScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>LendingFlow</name>
    <message>
        <source>Borrow or return a kit</source>
        <translation>Pedir o devolver un kit</translation>
    </message>
</context>
<context>
    <name>LendingText</name>
    <message>
        <source>That code is not a kit label.</source>
        <translation>Ese código no es una etiqueta de kit.</translation>
    </message>
    <message>
        <source>Scan the square QR label stuck on the kit.</source>
        <translation>Escanea la etiqueta QR cuadrada pegada en el kit.</translation>
    </message>
    <message>
        <source>That is a card, not a kit label.</source>
        <translation>Eso es una tarjeta, no una etiqueta de kit.</translation>
    </message>
    <message>
        <source>This label is not one of this library&apos;s labels.</source>
        <translation>Esta etiqueta no es de esta biblioteca.</translation>
    </message>
    <message>
        <source>Please show the kit to a staff member.</source>
        <translation>Muestra el kit a un miembro del personal.</translation>
    </message>
    <message>
        <source>This kit does not belong to this makerspace.</source>
        <translation>Este kit no pertenece a este makerspace.</translation>
    </message>
    <message>
        <source>This item is not lent out.</source>
        <translation>Este artículo no se presta.</translation>
    </message>
    <message>
        <source>You can use it here in the makerspace.</source>
        <translation>Puedes usarlo aquí, en el makerspace.</translation>
    </message>
    <message>
        <source>This kit is no longer lent out.</source>
        <translation>Este kit ya no se presta.</translation>
    </message>
    <message>
        <source>Please give it to a staff member.</source>
        <translation>Entrégalo a un miembro del personal.</translation>
    </message>
    <message>
        <source>This kit is out of order.</source>
        <translation>Este kit está averiado.</translation>
    </message>
    <message>
        <source>This kit is waiting to be checked by staff.</source>
        <translation>Este kit está esperando la revisión del personal.</translation>
    </message>
    <message>
        <source>A staff member can check it and lend it to you.</source>
        <translation>Un miembro del personal puede revisarlo y prestártelo.</translation>
    </message>
    <message>
        <source>This item is booked or in use right now.</source>
        <translation>Este artículo está reservado o en uso ahora mismo.</translation>
    </message>
    <message>
        <source>Please choose another kit, or ask a staff member.</source>
        <translation>Elige otro kit o pregunta a un miembro del personal.</translation>
    </message>
    <message>
        <source>This kit is on loan to someone else.</source>
        <translation>Este kit está prestado a otra persona.</translation>
    </message>
    <message>
        <source>This kit is not on loan.</source>
        <translation>Este kit no está prestado.</translation>
    </message>
    <message>
        <source>Nothing was changed. Please ask a staff member.</source>
        <translation>No se cambió nada. Pregunta a un miembro del personal.</translation>
    </message>
    <message>
        <source>You already have {limit} kits of this kind out.</source>
        <translation>Ya tienes {limit} kits de este tipo prestados.</translation>
    </message>
    <message>
        <source>Return one of them first.</source>
        <translation>Devuelve primero uno de ellos.</translation>
    </message>
    <message>
        <source>This kit needs the “{training}” training.</source>
        <translation>Este kit requiere la formación «{training}».</translation>
    </message>
    <message>
        <source>Ask a staff member when the next training is.</source>
        <translation>Pregunta a un miembro del personal cuándo es la próxima formación.</translation>
    </message>
    <message>
        <source>This kit needs a guardian&apos;s consent on file.</source>
        <translation>Este kit requiere el consentimiento registrado de un tutor.</translation>
    </message>
    <message>
        <source>A staff member can record it with your guardian.</source>
        <translation>Un miembro del personal puede registrarlo con tu tutor.</translation>
    </message>
    <message>
        <source>Please accept the makerspace agreement first.</source>
        <translation>Primero acepta el acuerdo del makerspace.</translation>
    </message>
    <message>
        <source>Tap “Read the agreement”, then scan the kit again.</source>
        <translation>Toca «Leer el acuerdo» y vuelve a escanear el kit.</translation>
    </message>
    <message>
        <source>This card can no longer borrow kits.</source>
        <translation>Esta tarjeta ya no puede pedir kits prestados.</translation>
    </message>
    <message>
        <source>Please see a staff member.</source>
        <translation>Habla con un miembro del personal.</translation>
    </message>
    <message>
        <source>That is not a patron&apos;s card.</source>
        <translation>Esa no es la tarjeta de un usuario.</translation>
    </message>
    <message>
        <source>Scan the card of the patron who takes the kit.</source>
        <translation>Escanea la tarjeta del usuario que se lleva el kit.</translation>
    </message>
    <message>
        <source>A staff member can show it to you to read and accept.</source>
        <translation>Un miembro del personal puede mostrártelo para que lo leas y lo aceptes.</translation>
    </message>
    <message>
        <source>That could not be saved just now.</source>
        <translation>No se pudo guardar en este momento.</translation>
    </message>
    <message>
        <source>Nothing was changed. Please try again, or ask a staff member.</source>
        <translation>No se cambió nada. Inténtalo de nuevo o pregunta a un miembro del personal.</translation>
    </message>
    <message>
        <source>Overdue: it was due back on {date}</source>
        <translation>Vencido: debía devolverse el {date}</translation>
    </message>
    <message>
        <source>Due back today</source>
        <translation>Se devuelve hoy</translation>
    </message>
    <message>
        <source>Due back by {date}</source>
        <translation>Devolver antes del {date}</translation>
    </message>
</context>
<context>
    <name>LengthScreen</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Más corto</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Más largo</translation>
    </message>
    <message>
        <source>Use it now: how long do you need it?</source>
        <translation>Usar ahora: ¿cuánto tiempo la necesitas?</translation>
    </message>
    <message>
        <source>Start using it</source>
        <translation>Empezar a usarla</translation>
    </message>
    <message>
        <source>{day} from {time}: how long?</source>
        <translation>{day} desde las {time}: ¿cuánto tiempo?</translation>
    </message>
    <message>
        <source>Book it</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>Until {time}</source>
        <translation>Hasta las {time}</translation>
    </message>
    <message>
        <source>From {shortest} to {longest}, in steps of {step}.</source>
        <translation>De {shortest} a {longest}, en pasos de {step}.</translation>
    </message>
</context>
<context>
    <name>MachineBoard</name>
    <message>
        <source>Machines right now</source>
        <translation>Máquinas ahora mismo</translation>
    </message>
    <message>
        <source>More machines: scan your card to see them all.</source>
        <translation>Hay más máquinas: escanea tu tarjeta para verlas todas.</translation>
    </message>
</context>
<context>
    <name>MachineScreen</name>
    <message>
        <source>Free: tap to book</source>
        <translation>Libre: toca para reservar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Use it now</source>
        <translation>Usar ahora</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Needs the “{training}” training</source>
        <translation>Requiere la formación «{training}»</translation>
    </message>
    <message>
        <source>Out of order: it can&apos;t be booked right now.</source>
        <translation>Averiada: ahora no se puede reservar.</translation>
    </message>
    <message>
        <source>Staff are checking it after the last use.</source>
        <translation>El personal la está revisando tras el último uso.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>De {first} a {last}</translation>
    </message>
</context>
<context>
    <name>MachineSessionFlow</name>
    <message>
        <source>Your time starts at {time}. Please come back then.</source>
        <translation>Tu turno empieza a las {time}. Vuelve a esa hora, por favor.</translation>
    </message>
    <message>
        <source>Your time ended at {time}. You can book a new time.</source>
        <translation>Tu turno terminó a las {time}. Puedes reservar otro.</translation>
    </message>
    <message>
        <source>The machine is still in use until {time}. Please see a staff member.</source>
        <translation>La máquina está en uso hasta las {time}. Habla con un miembro del personal, por favor.</translation>
    </message>
    <message>
        <source>The machine is waiting for a check by staff. Please see a staff member.</source>
        <translation>La máquina espera una revisión del personal. Habla con un miembro del personal, por favor.</translation>
    </message>
    <message>
        <source>This booking can&apos;t be started now. Please see a staff member.</source>
        <translation>Esta reserva no se puede empezar ahora. Habla con un miembro del personal, por favor.</translation>
    </message>
</context>
<context>
    <name>MachineSessionScreen</name>
    <message>
        <source>It is jammed or stuck</source>
        <translation>Está atascada</translation>
    </message>
    <message>
        <source>It does not heat up</source>
        <translation>No se calienta</translation>
    </message>
    <message>
        <source>Something is broken</source>
        <translation>Algo está roto</translation>
    </message>
    <message>
        <source>Parts or tools are missing</source>
        <translation>Faltan piezas o herramientas</translation>
    </message>
    <message>
        <source>It needs cleaning</source>
        <translation>Necesita limpieza</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Five minutes left. Please start finishing up.</source>
        <translation>Quedan cinco minutos. Ve terminando, por favor.</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>{machine}: one moment, please.</source>
        <translation>{machine}: un momento, por favor.</translation>
    </message>
    <message>
        <source>Unlocked until {time}</source>
        <translation>Desbloqueada hasta las {time}</translation>
    </message>
    <message>
        <source>{machine} is ready for you. It switches off by itself at {time}.</source>
        <translation>{machine} está lista. Se apagará sola a las {time}.</translation>
    </message>
    <message>
        <source>Kept on until the print finishes</source>
        <translation>Sigue encendida hasta que termine la impresión</translation>
    </message>
    <message>
        <source>Your time is up, but {machine} is still printing. It stays on until the print finishes, then switches off.</source>
        <translation>Tu tiempo ha terminado, pero {machine} sigue imprimiendo. Seguirá encendida hasta que termine la impresión y luego se apagará.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>{machine} is switched off. Thank you!</source>
        <translation>{machine} está apagada. ¡Gracias!</translation>
    </message>
    <message>
        <source>The machine did not unlock.</source>
        <translation>La máquina no se desbloqueó.</translation>
    </message>
    <message>
        <source>Please see a staff member.</source>
        <translation>Habla con un miembro del personal, por favor.</translation>
    </message>
    <message>
        <source>Your session can&apos;t start</source>
        <translation>Tu sesión no puede empezar</translation>
    </message>
    <message>
        <source>What is wrong with {machine}?</source>
        <translation>¿Qué le pasa a {machine}?</translation>
    </message>
    <message>
        <source>Tap what fits best. Staff will take a look.</source>
        <translation>Toca lo que mejor lo describa. El personal lo revisará.</translation>
    </message>
    <message>
        <source>Thank you for telling us</source>
        <translation>Gracias por avisarnos</translation>
    </message>
    <message>
        <source>Staff will check {machine} before anyone uses it again.</source>
        <translation>El personal revisará {machine} antes de que alguien vuelva a usarla.</translation>
    </message>
</context>
<context>
    <name>MachinesFlow</name>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Needs a check</source>
        <translation>Necesita revisión</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Averiada</translation>
    </message>
    <message>
        <source>no such relay controller</source>
        <translation>no existe ese controlador de relés</translation>
    </message>
    <message>
        <source>controller not connected</source>
        <translation>controlador no conectado</translation>
    </message>
    <message>
        <source>no answer from the controller</source>
        <translation>el controlador no responde</translation>
    </message>
    <message>
        <source>refused by the controller</source>
        <translation>rechazado por el controlador</translation>
    </message>
    <message>
        <source>the emergency stop is pressed</source>
        <translation>la parada de emergencia está pulsada</translation>
    </message>
    <message>
        <source>the controller shows it off</source>
        <translation>el controlador la muestra apagada</translation>
    </message>
    <message>
        <source>the time had run out</source>
        <translation>el tiempo ya se había acabado</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Máquinas</translation>
    </message>
    <message>
        <source>{time}: {what}</source>
        <translation>{time}: {what}</translation>
    </message>
    <message>
        <source>{relay} channel {channel}</source>
        <translation>{relay} canal {channel}</translation>
    </message>
    <message>
        <source>No relay</source>
        <translation>Sin relé</translation>
    </message>
    <message>
        <source>On while the print runs</source>
        <translation>Encendida mientras dure la impresión</translation>
    </message>
    <message>
        <source>On until {time}</source>
        <translation>Encendida hasta las {time}</translation>
    </message>
    <message>
        <source>Off, session until {time}</source>
        <translation>Apagada, sesión hasta las {time}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Apagada</translation>
    </message>
    <message>
        <source>{time} {where}: the unlock was not confirmed ({problem}).</source>
        <translation>{time} {where}: el desbloqueo no se confirmó ({problem}).</translation>
    </message>
    <message>
        <source>{time} {where}: the lock was not confirmed ({problem}); retrying.</source>
        <translation>{time} {where}: el bloqueo no se confirmó ({problem}); se vuelve a intentar.</translation>
    </message>
    <message>
        <source>{time} {where}: locked; the end of its session is not saved yet (the database can&apos;t be reached). Trying again.</source>
        <translation>{time} {where}: bloqueado; el final de su sesión aún no está guardado (no se puede acceder a la base de datos). Se vuelve a intentar.</translation>
    </message>
    <message>
        <source>{time} {where}: found off after a controller restart; switched on again.</source>
        <translation>{time} {where}: apagada tras reiniciarse el controlador; se volvió a encender.</translation>
    </message>
    <message>
        <source>{time} {where}: found off after a controller restart; could not switch it on.</source>
        <translation>{time} {where}: apagada tras reiniciarse el controlador; no se pudo encender.</translation>
    </message>
    <message>
        <source>{time} {where}: found on though nothing should be; locked.</source>
        <translation>{time} {where}: estaba encendida sin motivo; se bloqueó.</translation>
    </message>
    <message>
        <source>No relay controller is configured on this kiosk.</source>
        <translation>Este quiosco no tiene ningún controlador de relés configurado.</translation>
    </message>
    <message>
        <source>Unlocking {name}…</source>
        <translation>Desbloqueando {name}…</translation>
    </message>
    <message>
        <source>{name} is unlocked until {time}.</source>
        <translation>{name} está desbloqueada hasta las {time}.</translation>
    </message>
    <message>
        <source>{name} did not unlock: {problem}.</source>
        <translation>{name} no se desbloqueó: {problem}.</translation>
    </message>
    <message>
        <source>Locking {name}…</source>
        <translation>Bloqueando {name}…</translation>
    </message>
    <message>
        <source>{name} is locked.</source>
        <translation>{name} está bloqueada.</translation>
    </message>
    <message>
        <source>{name}: the lock was not confirmed ({problem}). Check it by hand.</source>
        <translation>{name}: el bloqueo no se confirmó ({problem}). Compruébala a mano.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>{name}: {state}.</source>
        <translation>{name}: {state}.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>Su cuenta no puede hacer esto. Pídaselo a un administrador.</translation>
    </message>
    <message>
        <source>That can&apos;t be done for this machine ({code}).</source>
        <translation>No se puede hacer con esta máquina ({code}).</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>Ahora no se puede acceder a la base de datos. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>No ha funcionado. Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>MachinesScreen</name>
    <message>
        <source>Machines</source>
        <translation>Máquinas</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Volver a la consola</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No machines with a relay or a booking calendar yet.</source>
        <translation>Todavía no hay máquinas con relé o con calendario de reservas.</translation>
    </message>
    <message>
        <source>Reported problems:</source>
        <translation>Problemas comunicados:</translation>
    </message>
    <message>
        <source>No problems reported.</source>
        <translation>No se ha comunicado ningún problema.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock for %n minutes</source>
        <translation>
            <numerusform>Desbloquear %n minuto</numerusform>
            <numerusform>Desbloquear %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Averiada</translation>
    </message>
    <message>
        <source>Checked: free</source>
        <translation>Revisada: libre</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>We don&apos;t know this card yet</source>
        <translation>Todavía no conocemos esta tarjeta</translation>
    </message>
    <message>
        <source>This card is not registered at this library. Please ask a staff member to set it up for you.</source>
        <translation>Esta tarjeta no está registrada en esta biblioteca. Pida a un miembro del personal que la active.</translation>
    </message>
    <message>
        <source>This card can&apos;t be used any more</source>
        <translation>Esta tarjeta ya no se puede usar</translation>
    </message>
    <message>
        <source>It may have been replaced or reported lost. Please ask a staff member for a new card.</source>
        <translation>Puede que se haya reemplazado o declarado perdida. Pida una tarjeta nueva a un miembro del personal.</translation>
    </message>
    <message>
        <source>This card isn&apos;t one of ours</source>
        <translation>Esta tarjeta no es de esta biblioteca</translation>
    </message>
    <message>
        <source>The code could not be confirmed as a card from this library. Please ask a staff member to check your card.</source>
        <translation>No pudimos confirmar que el código sea de una tarjeta de esta biblioteca. Pida a un miembro del personal que revise su tarjeta.</translation>
    </message>
    <message>
        <source>That scan didn&apos;t work</source>
        <translation>El escaneo no funcionó</translation>
    </message>
    <message>
        <source>Please hold the QR code steady under the scanner and try again. If it still doesn&apos;t work, a staff member can help.</source>
        <translation>Mantenga el código QR quieto bajo el escáner e inténtelo de nuevo. Si sigue sin funcionar, el personal le puede ayudar.</translation>
    </message>
    <message>
        <source>Please use your makerspace card</source>
        <translation>Use su tarjeta del makerspace</translation>
    </message>
    <message>
        <source>That is a library borrowing card. This kiosk reads the square QR code on your makerspace card. No makerspace card yet? A staff member can give you one.</source>
        <translation>Esa es una tarjeta de préstamo de la biblioteca. Este quiosco lee el código QR cuadrado de su tarjeta del makerspace. ¿Aún no la tiene? El personal puede dársela.</translation>
    </message>
    <message>
        <source>This is a kit label</source>
        <translation>Esta es la etiqueta de un kit</translation>
    </message>
    <message>
        <source>Scan your card first, then choose “Borrow or return a kit” and scan this label again.</source>
        <translation>Escanee primero su tarjeta, elija «Pedir o devolver un kit» y vuelva a escanear esta etiqueta.</translation>
    </message>
    <message>
        <source>Please see a staff member</source>
        <translation>Por favor, hable con un miembro del personal</translation>
    </message>
    <message>
        <source>The kiosk can&apos;t check you in right now. It&apos;s not your card: a staff member can help you.</source>
        <translation>El quiosco no puede registrar su entrada ahora mismo. No es culpa de su tarjeta: el personal le puede ayudar.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>This screen closes by itself after a while.</source>
        <translation>Esta pantalla se cierra sola al poco tiempo.</translation>
    </message>
    <message>
        <source>Ask a staff member</source>
        <translation>Pida ayuda al personal</translation>
    </message>
    <message>
        <source>Makerspace card</source>
        <translation>Tarjeta del makerspace</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar la última cifra</translation>
    </message>
</context>
<context>
    <name>PrintQueueFlow</name>
    <message>
        <source>Print queue</source>
        <translation>Cola de impresión</translation>
    </message>
    <message>
        <source>Pausing {printer}…</source>
        <translation>Pausando {printer}…</translation>
    </message>
    <message>
        <source>Resuming {printer}…</source>
        <translation>Reanudando {printer}…</translation>
    </message>
    <message>
        <source>{printer} is connected again.</source>
        <translation>{printer} vuelve a estar conectada.</translation>
    </message>
    <message>
        <source>Emergency stop sent to {printer}.</source>
        <translation>Parada de emergencia enviada a {printer}.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Queued again.</source>
        <translation>Puesto otra vez en la cola.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>Su cuenta no puede hacer esto. Pídaselo a un administrador.</translation>
    </message>
    <message>
        <source>That did not work: {reason}.</source>
        <translation>No ha funcionado: {reason}.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>Ahora no se puede acceder a la base de datos. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The printer did not do it: {reason}</source>
        <translation>La impresora no lo hizo: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message>
        <source>The printer restarted during the print</source>
        <translation>La impresora se reinició durante la impresión</translation>
    </message>
    <message>
        <source>The printer halted</source>
        <translation>La impresora se detuvo</translation>
    </message>
    <message>
        <source>Emergency stop</source>
        <translation>Parada de emergencia</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The printer reported a fault</source>
        <translation>La impresora informó de un fallo</translation>
    </message>
    <message>
        <source>The printer refused the file</source>
        <translation>La impresora rechazó el archivo</translation>
    </message>
    <message>
        <source>The printer could not be reached</source>
        <translation>No se pudo contactar con la impresora</translation>
    </message>
    <message>
        <source>The file is missing</source>
        <translation>Falta el archivo</translation>
    </message>
    <message>
        <source>It would have run past closing time</source>
        <translation>Habría terminado después del cierre</translation>
    </message>
    <message>
        <source>It would have run into a booking of the printer</source>
        <translation>Habría coincidido con una reserva de la impresora</translation>
    </message>
    <message>
        <source>The kiosk stopped during the print</source>
        <translation>El quiosco se detuvo durante la impresión</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>imprimiendo</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>ocupada</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>necesita atención</translation>
    </message>
    <message>
        <source>stopped: reset it on the printer, then reconnect</source>
        <translation>detenida: reiníciela en la impresora y vuelva a conectar</translation>
    </message>
    <message>
        <source>power only</source>
        <translation>solo alimentación</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Cola de impresión</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Volver a la consola</translation>
    </message>
    <message>
        <source>Cancel print</source>
        <translation>Cancelar impresión</translation>
    </message>
    <message>
        <source>Reconnect printer</source>
        <translation>Reconectar impresora</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Failed or cancelled</source>
        <translation>Fallidos o cancelados</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>No printers are configured.</source>
        <translation>No hay impresoras configuradas.</translation>
    </message>
    <message>
        <source>{printer}: {state}</source>
        <translation>{printer}: {state}</translation>
    </message>
    <message>
        <source>No print running.</source>
        <translation>No hay ninguna impresión en curso.</translation>
    </message>
    <message>
        <source>{file} · {percent}%</source>
        <translation>{file} · {percent} %</translation>
    </message>
    <message>
        <source>{file} · sending to the printer</source>
        <translation>{file} · enviando a la impresora</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>quedan unos {minutes} min</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Nozzle</source>
        <translation>Boquilla</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Imprimir de nuevo</translation>
    </message>
</context>
<context>
    <name>PrintRefusal</name>
    <message>
        <source>It would still be printing at closing time ({closes}).</source>
        <translation>Seguiría imprimiendo a la hora de cierre ({closes}).</translation>
    </message>
    <message>
        <source>The library is closed that day.</source>
        <translation>La biblioteca está cerrada ese día.</translation>
    </message>
    <message>
        <source>It would run into a booking of the printer from {start} to {end}.</source>
        <translation>Coincidiría con una reserva de la impresora de {start} a {end}.</translation>
    </message>
    <message>
        <source>This project&apos;s G-code is not approved for printing.</source>
        <translation>El G-code de este proyecto no está aprobado para imprimir.</translation>
    </message>
    <message>
        <source>{printer} takes no jobs from the kiosk: start the print on the printer itself.</source>
        <translation>{printer} no recibe trabajos del quiosco: inicie la impresión en la propia impresora.</translation>
    </message>
    <message>
        <source>{printer} is not a printer of this queue.</source>
        <translation>{printer} no es una impresora de esta cola.</translation>
    </message>
    <message>
        <source>This job can&apos;t be printed now. {reasons}</source>
        <translation>Este trabajo no se puede imprimir ahora. {reasons}</translation>
    </message>
</context>
<context>
    <name>ProjectReviewsFlow</name>
    <message>
        <source>Project reviews</source>
        <translation>Revisión de proyectos</translation>
    </message>
    <message>
        <source>Write what should change before returning it.</source>
        <translation>Escribe qué debe cambiar antes de devolverlo.</translation>
    </message>
    <message>
        <source>Approved: the makers hear it at their next check-in.</source>
        <translation>Aprobado: los autores lo sabrán en su próxima entrada.</translation>
    </message>
    <message>
        <source>Returned: the makers see your feedback at check-in.</source>
        <translation>Devuelto: los autores verán tus comentarios al registrar su entrada.</translation>
    </message>
    <message>
        <source>Rejected: the makers hear it at their next check-in.</source>
        <translation>Rechazado: los autores lo sabrán en su próxima entrada.</translation>
    </message>
    <message>
        <source>Only G-code can be attached as the sliced file.</source>
        <translation>Solo se puede adjuntar G-code como archivo laminado.</translation>
    </message>
    <message>
        <source>%1 is in the queue of %2.</source>
        <translation>%1 está en la cola de %2.</translation>
    </message>
    <message>
        <source>Hidden from the showcase.</source>
        <translation>Oculto de la vitrina.</translation>
    </message>
    <message>
        <source>Back in the showcase.</source>
        <translation>De nuevo en la vitrina.</translation>
    </message>
</context>
<context>
    <name>ProjectReviewsScreen</name>
    <message>
        <source>Project reviews</source>
        <translation>Revisión de proyectos</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Volver a la consola</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No projects are waiting for review.</source>
        <translation>No hay proyectos esperando revisión.</translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation>Aún no hay proyectos.</translation>
    </message>
    <message>
        <source>%1 (minor)</source>
        <translation>%1 (menor)</translation>
    </message>
    <message>
        <source>Shared in the showcase</source>
        <translation>Compartido en la vitrina</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Hidden from the showcase</source>
        <translation>Oculto de la vitrina</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <translation>Hecho por: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Last feedback: %1</source>
        <translation>Últimos comentarios: %1</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vista previa de %1</translation>
    </message>
    <message>
        <source>sliced by staff</source>
        <translation>laminado por el personal</translation>
    </message>
    <message>
        <source>Sliced G-code to attach: %1</source>
        <translation>G-code laminado para adjuntar: %1</translation>
    </message>
    <message>
        <source>Attach G-code from a USB stick</source>
        <translation>Adjuntar G-code (USB)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Feedback for the makers</source>
        <translation>Comentarios para los autores</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Return with feedback</source>
        <translation>Devolver con comentarios</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Print %1 on:</source>
        <translation>Imprimir %1 en:</translation>
    </message>
    <message>
        <source>Send to the print queue</source>
        <translation>Enviar a la cola de impresión</translation>
    </message>
    <message>
        <source>Show in the showcase again</source>
        <translation>Volver a mostrar en la vitrina</translation>
    </message>
    <message>
        <source>Hide from the showcase</source>
        <translation>Ocultar de la vitrina</translation>
    </message>
</context>
<context>
    <name>ProjectText</name>
    <message>
        <source>Waiting for review</source>
        <translation>Esperando revisión</translation>
    </message>
    <message>
        <source>Returned with feedback</source>
        <translation>Devuelto con comentarios</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>No aceptado</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimiéndose</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Others may look, not copy</source>
        <translation>Otros pueden verlo, no copiarlo</translation>
    </message>
    <message>
        <source>Others may copy it if they name you</source>
        <translation>Otros pueden copiarlo si te nombran</translation>
    </message>
    <message>
        <source>Others may copy it, name you and share alike</source>
        <translation>Otros pueden copiarlo, nombrarte y compartir igual</translation>
    </message>
    <message>
        <source>Others may copy it, but not to sell</source>
        <translation>Otros pueden copiarlo, pero no venderlo</translation>
    </message>
    <message>
        <source>Free for anyone, no conditions</source>
        <translation>Libre para todos, sin condiciones</translation>
    </message>
    <message>
        <source>All rights reserved</source>
        <translation>Todos los derechos reservados</translation>
    </message>
    <message>
        <source>Model: %1 × %2 × %3 mm</source>
        <translation>Modelo: %1 × %2 × %3 mm</translation>
    </message>
    <message>
        <source>Your print of &quot;%1&quot; is ready! Ask at the desk.</source>
        <translation>¡Tu impresión de &quot;%1&quot; está lista! Pregunta en el mostrador.</translation>
    </message>
    <message>
        <source>Your project &quot;%1&quot; was approved.</source>
        <translation>Tu proyecto &quot;%1&quot; fue aprobado.</translation>
    </message>
    <message>
        <source>Your project &quot;%1&quot; was returned with feedback.</source>
        <translation>Tu proyecto &quot;%1&quot; se devolvió con comentarios.</translation>
    </message>
    <message>
        <source>Your project &quot;%1&quot; was not accepted.</source>
        <translation>Tu proyecto &quot;%1&quot; no fue aceptado.</translation>
    </message>
    <message>
        <source>Staff say: %1</source>
        <translation>El personal dice: %1</translation>
    </message>
    <message>
        <source>A guardian&apos;s consent is needed before a minor&apos;s project can be shared. Choose &quot;Just us and staff&quot; or ask a staff member.</source>
        <translation>Se necesita el consentimiento de un tutor para compartir el proyecto de un menor. Elige &quot;Solo nosotros y el personal&quot; o pregunta al personal.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>Tu cuenta no puede hacer esto. Pregunta a un administrador.</translation>
    </message>
    <message>
        <source>Someone changed this meanwhile. Please look again.</source>
        <translation>Alguien lo cambió mientras tanto. Vuelve a mirarlo.</translation>
    </message>
    <message>
        <source>That was not found. It may have been removed.</source>
        <translation>No se encontró. Puede que se haya quitado.</translation>
    </message>
    <message>
        <source>That did not work: %1.</source>
        <translation>No funcionó: %1.</translation>
    </message>
    <message>
        <source>The kiosk can&apos;t save this right now. Please try again or see a staff member.</source>
        <translation>El quiosco no puede guardarlo ahora. Inténtalo de nuevo o habla con el personal.</translation>
    </message>
    <message>
        <source>It would still be printing at closing time.</source>
        <translation>Todavía estaría imprimiendo a la hora de cierre.</translation>
    </message>
    <message>
        <source>The library is closed that day.</source>
        <translation>La biblioteca está cerrada ese día.</translation>
    </message>
    <message>
        <source>It would run into someone&apos;s booking of the printer.</source>
        <translation>Coincidiría con la reserva de la impresora de otra persona.</translation>
    </message>
    <message>
        <source>Only approved G-code of this project can be printed.</source>
        <translation>Solo se puede imprimir el G-code aprobado de este proyecto.</translation>
    </message>
    <message>
        <source>That printer is not in the print queue.</source>
        <translation>Esa impresora no está en la cola de impresión.</translation>
    </message>
    <message>
        <source>That printer is only switched on and off; it takes no jobs.</source>
        <translation>Esa impresora solo se enciende y apaga; no acepta trabajos.</translation>
    </message>
    <message>
        <source>The print queue did not take it.</source>
        <translation>La cola de impresión no lo aceptó.</translation>
    </message>
</context>
<context>
    <name>RefusedScreen</name>
    <message>
        <source>The booking could not be saved just now. Please try again, or ask a staff member.</source>
        <translation>No se ha podido guardar la reserva ahora mismo. Inténtalo de nuevo o pregunta al personal.</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Elegir otra hora</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Read the agreement</source>
        <translation>Leer el acuerdo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>{item} can&apos;t be booked like this</source>
        <translation>{item} no se puede reservar así</translation>
    </message>
</context>
<context>
    <name>ReservationsScreen</name>
    <message>
        <source>My reservations</source>
        <translation>Mis reservas</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Looking up your reservations…</source>
        <translation>Buscando tus reservas…</translation>
    </message>
    <message>
        <source>Your reservations can&apos;t be shown right now. Please ask a staff member.</source>
        <translation>Ahora no se pueden mostrar tus reservas. Pregunta al personal.</translation>
    </message>
    <message>
        <source>You have no reservations coming up.</source>
        <translation>No tienes reservas próximas.</translation>
    </message>
    <message>
        <source>Your booking of {item} is cancelled.</source>
        <translation>Tu reserva de {item} está cancelada.</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>En uso ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Sí, cancelarla</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Cancel this booking?</source>
        <translation>¿Cancelar esta reserva?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>ShowcasePanel</name>
    <message>
        <source>Made here: %1</source>
        <translation>Hecho aquí: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>Imagen de %1</translation>
    </message>
</context>
<context>
    <name>StaffConsoleFlow</name>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>a deleted staff account</source>
        <translation>una cuenta de personal borrada</translation>
    </message>
    <message>
        <source>{name}: locked out after wrong PINs at {time}</source>
        <translation>{name}: bloqueada por PIN incorrectos a las {time}</translation>
    </message>
    <message>
        <source>{name}: locked out after wrong PINs at {time}, until {until}</source>
        <translation>{name}: bloqueada por PIN incorrectos a las {time}, hasta las {until}</translation>
    </message>
    <message>
        <source>Locking every machine…</source>
        <translation>Bloqueando todas las máquinas…</translation>
    </message>
    <message numerus="yes">
        <source>Every machine is locked: %n controller(s) confirmed.</source>
        <translation>
            <numerusform>Todas las máquinas están bloqueadas: %n controlador lo confirmó.</numerusform>
            <numerusform>Todas las máquinas están bloqueadas: %n controladores lo confirmaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not confirmed by: {names}. Check those machines by hand.</source>
        <translation>Sin confirmar: {names}. Revise esas máquinas a mano.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>Su cuenta no puede hacer esto. Pídaselo a un administrador.</translation>
    </message>
    <message>
        <source>That did not work: {reason}.</source>
        <translation>No ha funcionado: {reason}.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>Ahora no se puede acceder a la base de datos. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>One moment: the card before is still being set up.</source>
        <translation>Un momento: la tarjeta anterior aún se está configurando.</translation>
    </message>
    <message>
        <source>Close the console before checking anyone in.</source>
        <translation>Cierre la consola antes de registrar a alguien.</translation>
    </message>
    <message>
        <source>Please type the patron&apos;s name first.</source>
        <translation>Escriba primero el nombre del usuario.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <source>Hello, {name}. Enter your PIN to open the staff console.</source>
        <translation>Hola, {name}. Introduzca su PIN para abrir la consola del personal.</translation>
    </message>
    <message>
        <source>Enter your PIN to open the staff console.</source>
        <translation>Introduzca su PIN para abrir la consola del personal.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Digits typed so far, shown as dots</source>
        <translation>Dígitos escritos hasta ahora, mostrados como puntos</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Please enter your PIN first.</source>
        <translation>Primero introduzca su PIN.</translation>
    </message>
    <message>
        <source>A PIN is digits only. Please enter your PIN.</source>
        <translation>El PIN solo lleva números. Escriba su PIN, por favor.</translation>
    </message>
    <message>
        <source>Wrong PIN. One attempt left.</source>
        <translation>PIN incorrecto. Queda un intento.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempts left.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. This account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Esta cuenta está bloqueada %n minuto más.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Esta cuenta está bloqueada %n minutos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please try again later.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>This staff card is not recognised.</source>
        <translation>No se reconoce esta tarjeta de personal.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be checked right now. Please try again.</source>
        <translation>No se puede comprobar el PIN ahora mismo. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>StaffToolsScreen</name>
    <message>
        <source>Staff tools</source>
        <translation>Herramientas del personal</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Volver a la consola</translation>
    </message>
</context>
<context>
    <name>StepperRow</name>
    <message>
        <source>previous</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <source>less</source>
        <translation>menos</translation>
    </message>
    <message>
        <source>more</source>
        <translation>más</translation>
    </message>
</context>
<context>
    <name>SubmitProjectFlow</name>
    <message>
        <source>Submit a project</source>
        <translation>Enviar un proyecto</translation>
    </message>
    <message>
        <source>Please give your project a title.</source>
        <translation>Ponle un título a tu proyecto.</translation>
    </message>
    <message>
        <source>That&apos;s enough tags: take one off first.</source>
        <translation>Ya hay suficientes etiquetas: quita una primero.</translation>
    </message>
    <message>
        <source>A project can have %1 people at most.</source>
        <translation>Un proyecto puede tener como máximo %1 personas.</translation>
    </message>
    <message>
        <source>%1 is already on this project.</source>
        <translation>%1 ya está en este proyecto.</translation>
    </message>
    <message>
        <source>%1 joined the project.</source>
        <translation>%1 se unió al proyecto.</translation>
    </message>
    <message>
        <source>That is not a makerspace card. Please scan the QR code on the card.</source>
        <translation>Esa no es una tarjeta del makerspace. Escanea el código QR de la tarjeta.</translation>
    </message>
    <message>
        <source>That card does not belong to a patron. Please see a staff member.</source>
        <translation>Esa tarjeta no pertenece a un usuario. Habla con el personal.</translation>
    </message>
    <message>
        <source>That file is already added.</source>
        <translation>Ese archivo ya está añadido.</translation>
    </message>
</context>
<context>
    <name>SubmitProjectScreen</name>
    <message>
        <source>Submit a project</source>
        <translation>Enviar un proyecto</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>What is your project called?</source>
        <translation>¿Cómo se llama tu proyecto?</translation>
    </message>
    <message>
        <source>Tell us about it in a sentence or two</source>
        <translation>Cuéntanos de qué trata en una o dos frases</translation>
    </message>
    <message>
        <source>What is it about? Tap up to %1 tags.</source>
        <translation>¿De qué trata? Toca hasta %1 etiquetas.</translation>
    </message>
    <message>
        <source>Or add your own tag</source>
        <translation>O añade tu propia etiqueta</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Made it with friends? Each of them scans their card now.</source>
        <translation>¿Lo hiciste con amigos? Que cada uno escanee su tarjeta ahora.</translation>
    </message>
    <message>
        <source>Who may see your project?</source>
        <translation>¿Quién puede ver tu proyecto?</translation>
    </message>
    <message>
        <source>Just us and staff</source>
        <translation>Solo nosotros y el personal</translation>
    </message>
    <message>
        <source>The library&apos;s showcase</source>
        <translation>La vitrina de la biblioteca</translation>
    </message>
    <message>
        <source>The showcase shows first names only. Each of you may choose a nickname instead:</source>
        <translation>La vitrina solo muestra nombres de pila. Cada uno puede elegir un apodo:</translation>
    </message>
    <message>
        <source>May others copy your design?</source>
        <translation>¿Pueden otros copiar tu diseño?</translation>
    </message>
    <message>
        <source>Add your model, G-code or a photo from a USB stick (optional).</source>
        <translation>Añade tu modelo, G-code o una foto desde una memoria USB (opcional).</translation>
    </message>
    <message>
        <source>Print estimates for:</source>
        <translation>Estimación de impresión para:</translation>
    </message>
    <message>
        <source>Add a file from a USB stick</source>
        <translation>Añadir archivo desde USB</translation>
    </message>
    <message>
        <source>Thank you! Your project is sent.</source>
        <translation>¡Gracias! Tu proyecto se ha enviado.</translation>
    </message>
    <message>
        <source>Staff will look at it soon. You will see what they say the next time you check in.</source>
        <translation>El personal lo revisará pronto. Verás su respuesta la próxima vez que registres tu entrada.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Submit project</source>
        <translation>Enviar proyecto</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1 is shown as</source>
        <translation>%1 aparece como</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vista previa de %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Título: %1</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <translation>Hecho por: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Shared in the library&apos;s showcase as: %1</source>
        <translation>Compartido en la vitrina de la biblioteca como: %1</translation>
    </message>
    <message>
        <source>Only you and staff see it.</source>
        <translation>Solo lo ven ustedes y el personal.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Archivos: %1</translation>
    </message>
    <message>
        <source>No files added.</source>
        <translation>No se añadieron archivos.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>check-in</source>
        <translation>registro de entrada</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>reserva</translation>
    </message>
    <message>
        <source>booking pause</source>
        <translation>pausa de reservas</translation>
    </message>
    <message>
        <source>kit loan</source>
        <translation>préstamo de kit</translation>
    </message>
    <message>
        <source>machine session</source>
        <translation>sesión de máquina</translation>
    </message>
    <message>
        <source>problem report</source>
        <translation>aviso de problema</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>project member</source>
        <translation>miembro de proyecto</translation>
    </message>
    <message>
        <source>project tag</source>
        <translation>etiqueta de proyecto</translation>
    </message>
    <message>
        <source>project file</source>
        <translation>archivo de proyecto</translation>
    </message>
    <message>
        <source>project review</source>
        <translation>revisión de proyecto</translation>
    </message>
    <message>
        <source>patron notice</source>
        <translation>aviso para usuario</translation>
    </message>
    <message>
        <source>print job</source>
        <translation>trabajo de impresión</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>entrada de auditoría</translation>
    </message>
    <message>
        <source>patron</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>staff account</source>
        <translation>cuenta de personal</translation>
    </message>
    <message>
        <source>machine or kit</source>
        <translation>máquina o kit</translation>
    </message>
    <message>
        <source>training record</source>
        <translation>registro de formación</translation>
    </message>
    <message>
        <source>the central store&apos;s server refused the connection. Library IT can check its address and firewall.</source>
        <translation>el servidor del almacén central rechazó la conexión. El servicio informático de la biblioteca puede revisar su dirección y su cortafuegos.</translation>
    </message>
    <message>
        <source>the central store&apos;s server cannot be reached. Library IT can check the network and its address.</source>
        <translation>no se puede llegar al servidor del almacén central. El servicio informático de la biblioteca puede revisar la red y su dirección.</translation>
    </message>
    <message>
        <source>the connection to the central store was lost during the sync.</source>
        <translation>la conexión con el almacén central se perdió durante la sincronización.</translation>
    </message>
    <message>
        <source>the central store did not answer in time.</source>
        <translation>el almacén central no respondió a tiempo.</translation>
    </message>
    <message>
        <source>the central store refused this kiosk&apos;s login. Library IT can check its user name and password.</source>
        <translation>el almacén central rechazó el inicio de sesión de este quiosco. El servicio informático de la biblioteca puede revisar su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>the central store&apos;s address names a database that does not exist. Library IT can check central_url.</source>
        <translation>la dirección del almacén central indica una base de datos que no existe. El servicio informático de la biblioteca puede revisar central_url.</translation>
    </message>
    <message>
        <source>the secure connection to the central store failed. Library IT can check its certificates.</source>
        <translation>la conexión segura con el almacén central falló. El servicio informático de la biblioteca puede revisar sus certificados.</translation>
    </message>
    <message>
        <source>the central store&apos;s address in the configuration file is not valid. Library IT can check central_url.</source>
        <translation>la dirección del almacén central en el archivo de configuración no es válida. El servicio informático de la biblioteca puede revisar central_url.</translation>
    </message>
    <message>
        <source>the database at that address is not a central store yet. Library IT runs makerspace-kiosk central init there.</source>
        <translation>la base de datos de esa dirección aún no es un almacén central. El servicio informático de la biblioteca ejecuta allí makerspace-kiosk central init.</translation>
    </message>
    <message>
        <source>the central store&apos;s version ({central}) is newer than this kiosk&apos;s ({kiosk}). The kiosk software here needs an update.</source>
        <translation>la versión del almacén central ({central}) es más reciente que la de este quiosco ({kiosk}). Hay que actualizar el software del quiosco aquí.</translation>
    </message>
    <message>
        <source>the central store&apos;s version ({central}) is older than this kiosk&apos;s ({kiosk}). Library IT runs makerspace-kiosk central init with this version.</source>
        <translation>la versión del almacén central ({central}) es más antigua que la de este quiosco ({kiosk}). El servicio informático de la biblioteca ejecuta makerspace-kiosk central init con esta versión.</translation>
    </message>
    <message>
        <source>this kiosk has not joined the central store yet.</source>
        <translation>este quiosco aún no se ha unido al almacén central.</translation>
    </message>
    <message>
        <source>the central store does not know this kiosk (it may have been reset). Library IT joins it again; nothing here is lost.</source>
        <translation>el almacén central no conoce este quiosco (puede que se haya restablecido). El servicio informático de la biblioteca lo une de nuevo; aquí no se pierde nada.</translation>
    </message>
    <message>
        <source>the central store has shut this kiosk out. Please ask Library IT.</source>
        <translation>el almacén central ha excluido a este quiosco. Consulte al servicio informático de la biblioteca.</translation>
    </message>
    <message>
        <source>something went wrong. Library IT finds the details in the kiosk&apos;s log.</source>
        <translation>algo salió mal. El servicio informático de la biblioteca encontrará los detalles en el registro del quiosco.</translation>
    </message>
    <message>
        <source>the machine was already booked for that time.</source>
        <translation>la máquina ya estaba reservada para esa hora.</translation>
    </message>
    <message>
        <source>it clashes with a record made elsewhere meanwhile (a card number already taken, a kit already lent out).</source>
        <translation>choca con un registro hecho en otro lugar mientras tanto (un número de tarjeta ya usado, un kit ya prestado).</translation>
    </message>
    <message>
        <source>it refers to a record that is not there (removed meanwhile, perhaps).</source>
        <translation>hace referencia a un registro que no está (quizá se eliminó mientras tanto).</translation>
    </message>
    <message>
        <source>a value in it is missing or not allowed.</source>
        <translation>falta un valor o no está permitido.</translation>
    </message>
    <message>
        <source>the database did not accept it.</source>
        <translation>la base de datos no lo aceptó.</translation>
    </message>
    <message>
        <source>This kiosk works on its own</source>
        <translation>Este quiosco funciona por su cuenta</translation>
    </message>
    <message>
        <source>Not joined to the central store</source>
        <translation>No unido al almacén central</translation>
    </message>
    <message>
        <source>Connecting to the central store…</source>
        <translation>Conectando con el almacén central…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>No central store is set up, so everything stays on this kiosk.</source>
        <translation>No hay almacén central configurado: todo se queda en este quiosco.</translation>
    </message>
    <message>
        <source>Library IT can connect it with [sync] central_url in the configuration file.</source>
        <translation>El servicio informático de la biblioteca puede conectarlo con [sync] central_url en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Library IT joins this kiosk once with: makerspace-kiosk terminal join --branch CODE</source>
        <translation>El servicio informático une este quiosco una vez con: makerspace-kiosk terminal join --branch CODE</translation>
    </message>
    <message>
        <source>Until then it works on its own and keeps every change.</source>
        <translation>Hasta entonces funciona por su cuenta y guarda todos los cambios.</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Aún no se ha sincronizado.</translation>
    </message>
    <message>
        <source>Why: {error}</source>
        <translation>Motivo: {error}</translation>
    </message>
    <message>
        <source>It keeps working and tries again at {when}.</source>
        <translation>Sigue funcionando y lo vuelve a intentar a las {when}.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {count}</source>
        <translation>Cambios pendientes de envío: {count}</translation>
    </message>
    <message>
        <source>Offline since {when}</source>
        <translation>Sin conexión desde {when}</translation>
    </message>
    <message>
        <source>changes waiting: {count}</source>
        <translation>cambios pendientes: {count}</translation>
    </message>
    <message>
        <source>Central store: {state} · {waiting}</source>
        <translation>Almacén central: {state} · {waiting}</translation>
    </message>
    <message>
        <source>conflicts to review: {count}</source>
        <translation>conflictos por revisar: {count}</translation>
    </message>
    <message>
        <source>{item}, {day} {start}–{end}</source>
        <translation>{item}, {day} {start}–{end}</translation>
    </message>
    <message>
        <source>a patron</source>
        <translation>un usuario</translation>
    </message>
    <message>
        <source>another kiosk</source>
        <translation>otro quiosco</translation>
    </message>
    <message>
        <source>{patron}, booked at {terminal}</source>
        <translation>{patron}, reservado en {terminal}</translation>
    </message>
    <message>
        <source>Two bookings of the same machine clashed</source>
        <translation>Dos reservas de la misma máquina coincidieron</translation>
    </message>
    <message>
        <source>Booking clash: {span}</source>
        <translation>Reservas en conflicto: {span}</translation>
    </message>
    <message>
        <source>Change refused: {what}, a new record</source>
        <translation>Cambio rechazado: {what}, un registro nuevo</translation>
    </message>
    <message>
        <source>Change refused: {what}, a removal</source>
        <translation>Cambio rechazado: {what}, una eliminación</translation>
    </message>
    <message>
        <source>Change refused: {what}, an edit</source>
        <translation>Cambio rechazado: {what}, una modificación</translation>
    </message>
    <message>
        <source>Stands: {who}</source>
        <translation>Se mantiene: {who}</translation>
    </message>
    <message>
        <source>Stands: a booking made at another kiosk (not on this kiosk yet)</source>
        <translation>Se mantiene: una reserva hecha en otro quiosco (aún no está en este)</translation>
    </message>
    <message>
        <source>Not kept: {who}, while offline</source>
        <translation>No se mantiene: {who}, sin conexión</translation>
    </message>
    <message>
        <source>Not kept: a booking made while offline</source>
        <translation>No se mantiene: una reserva hecha sin conexión</translation>
    </message>
    <message>
        <source>The patron is told at their next check-in.</source>
        <translation>Se avisa al usuario en su próximo registro de entrada.</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>From: {terminal}</source>
        <translation>Desde: {terminal}</translation>
    </message>
    <message>
        <source>Everything else was kept. Please check this record by hand.</source>
        <translation>Todo lo demás se conservó. Revise este registro a mano.</translation>
    </message>
    <message>
        <source>Your booking of {item} on {day} at {time} could not be kept: the machine was booked at another kiosk while this one was offline. Please book another time.</source>
        <translation>Tu reserva de {item} el {day} a las {time} no se pudo mantener: la máquina se reservó en otro quiosco mientras este estaba sin conexión. Reserva otra hora, por favor.</translation>
    </message>
</context>
<context>
    <name>SyncToolFlow</name>
    <message>
        <source>Network &amp; sync</source>
        <translation>Red y sincronización</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Synced at {when}.</source>
        <translation>Sincronizado a las {when}.</translation>
    </message>
    <message>
        <source>The sync did not run: this kiosk is not joined yet.</source>
        <translation>La sincronización no se hizo: este quiosco aún no está unido.</translation>
    </message>
    <message>
        <source>The sync did not work at {when}. The kiosk keeps every change.</source>
        <translation>La sincronización falló a las {when}. El quiosco guarda todos los cambios.</translation>
    </message>
    <message>
        <source>Marked resolved.</source>
        <translation>Marcado como resuelto.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>Tu cuenta no puede hacer esto. Pide ayuda a un administrador.</translation>
    </message>
    <message>
        <source>That conflict is no longer listed.</source>
        <translation>Ese conflicto ya no figura en la lista.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>No se puede acceder a la base de datos ahora. Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>SyncToolScreen</name>
    <message>
        <source>Network &amp; sync</source>
        <translation>Red y sincronización</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Volver a la consola</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Conflicts to review: {count}</source>
        <translation>Conflictos por revisar: {count}</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflictos por revisar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>No hay conflictos por revisar.</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <source>Capital letters</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <source>More letters and marks</source>
        <translation>Más letras y signos</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Borrar la última letra</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Letters with accents</source>
        <translation>Letras con acento</translation>
    </message>
    <message>
        <source>Arabic letters</source>
        <translation>Letras árabes</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Letras latinas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Done typing</source>
        <translation>Terminar de escribir</translation>
    </message>
</context>
<context>
    <name>TrainingsFlow</name>
    <message>
        <source>Trainings &amp; consent</source>
        <translation>Formaciones y consentimiento</translation>
    </message>
    <message>
        <source>One moment: still busy with the last step.</source>
        <translation>Un momento: aún se está haciendo el paso anterior.</translation>
    </message>
    <message>
        <source>Certified on {training} until {date}.</source>
        <translation>Certificado en {training} hasta el {date}.</translation>
    </message>
    <message>
        <source>Certified on {training}.</source>
        <translation>Certificado en {training}.</translation>
    </message>
    <message>
        <source>Certification on {training} revoked.</source>
        <translation>Certificación en {training} retirada.</translation>
    </message>
    <message>
        <source>Guardian consent recorded.</source>
        <translation>Consentimiento del tutor registrado.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Consentimiento retirado.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>Su cuenta no puede hacer esto. Pídaselo a un administrador.</translation>
    </message>
    <message>
        <source>That did not work: {reason}.</source>
        <translation>No ha funcionado: {reason}.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>Ahora no se puede acceder a la base de datos. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>TrainingsScreen</name>
    <message>
        <source>✓ Certified</source>
        <translation>✓ Certificado</translation>
    </message>
    <message>
        <source>✓ Certified until {date}</source>
        <translation>✓ Certificado hasta el {date}</translation>
    </message>
    <message>
        <source>Expired on {date}</source>
        <translation>Caducó el {date}</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Sin certificar</translation>
    </message>
    <message>
        <source>Trainings &amp; consent</source>
        <translation>Formaciones y consentimiento</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Volver a la consola</translation>
    </message>
    <message>
        <source>Scan the patron&apos;s card, or find them by name.</source>
        <translation>Escanee la tarjeta del usuario o búsquelo por su nombre.</translation>
    </message>
    <message>
        <source>The patron&apos;s name</source>
        <translation>El nombre del usuario</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Nobody found with that name.</source>
        <translation>No hay nadie con ese nombre.</translation>
    </message>
    <message>
        <source>{name} (under 18)</source>
        <translation>{name} (menor de 18)</translation>
    </message>
    <message>
        <source>Guardian consent on file since {date}.</source>
        <translation>Consentimiento del tutor registrado desde el {date}.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirar el consentimiento</translation>
    </message>
    <message>
        <source>No guardian consent on file: this minor cannot book machines yet.</source>
        <translation>No hay consentimiento del tutor: este menor aún no puede reservar máquinas.</translation>
    </message>
    <message>
        <source>No guardian consent on file (not needed for adults).</source>
        <translation>No hay consentimiento del tutor (no hace falta para adultos).</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Tap a training to certify the patron on it.</source>
        <translation>Toque una formación para certificar al usuario en ella.</translation>
    </message>
    <message>
        <source>No trainings yet. An administrator adds them with &apos;makerspace-kiosk training add&apos;.</source>
        <translation>Aún no hay formaciones. Un administrador las añade con &apos;makerspace-kiosk training add&apos;.</translation>
    </message>
    <message>
        <source>Another patron</source>
        <translation>Otro usuario</translation>
    </message>
    <message>
        <source>Certify {name} on {training}?</source>
        <translation>¿Certificar a {name} en {training}?</translation>
    </message>
    <message>
        <source>The certification does not expire.</source>
        <translation>La certificación no caduca.</translation>
    </message>
    <message numerus="yes">
        <source>The certification is valid for %n month(s).</source>
        <translation>
            <numerusform>La certificación es válida durante %n mes.</numerusform>
            <numerusform>La certificación es válida durante %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certify again</source>
        <translation>Certificar de nuevo</translation>
    </message>
    <message>
        <source>Certify</source>
        <translation>Certificar</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>UsbPickerScreen</name>
    <message>
        <source>This file is too large for the kiosk.</source>
        <translation>Este archivo es demasiado grande para el quiosco.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Este archivo está vacío.</translation>
    </message>
    <message>
        <source>The kiosk does not take this kind of file. It takes 3D models (STL, 3MF, OBJ), G-code, Arduino sketches, photos (PNG, JPEG), PDF and SVG.</source>
        <translation>El quiosco no acepta este tipo de archivo. Acepta modelos 3D (STL, 3MF, OBJ), G-code, sketches de Arduino, fotos (PNG, JPEG), PDF y SVG.</translation>
    </message>
    <message>
        <source>This file is damaged and cannot be read.</source>
        <translation>Este archivo está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>This file is incomplete: it was cut short when it was saved.</source>
        <translation>Este archivo está incompleto: se cortó al guardarlo.</translation>
    </message>
    <message>
        <source>This file unpacks to far more than it holds; it is refused.</source>
        <translation>Este archivo se descomprime en mucho más de lo que contiene; se rechaza.</translation>
    </message>
    <message>
        <source>This file&apos;s name is not allowed.</source>
        <translation>El nombre de este archivo no está permitido.</translation>
    </message>
    <message>
        <source>This is a link to something outside the USB stick.</source>
        <translation>Esto es un enlace a algo fuera de la memoria USB.</translation>
    </message>
    <message>
        <source>This is not a file the kiosk can copy.</source>
        <translation>Esto no es un archivo que el quiosco pueda copiar.</translation>
    </message>
    <message>
        <source>The USB stick could not be read. Was it pulled out? Plug it in and try again.</source>
        <translation>No se pudo leer la memoria USB. ¿Se desconectó? Conéctela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s disk is full. Please see a staff member.</source>
        <translation>El disco del quiosco está lleno. Por favor, hable con el personal.</translation>
    </message>
    <message>
        <source>The kiosk could not save the file. Please see a staff member.</source>
        <translation>El quiosco no pudo guardar el archivo. Por favor, hable con el personal.</translation>
    </message>
    <message>
        <source>This file cannot be used.</source>
        <translation>Este archivo no se puede usar.</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>Sketch</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Print time: about %1</source>
        <translation>Tiempo de impresión: unos %1</translation>
    </message>
    <message>
        <source>Filament: %1 m, %2 g</source>
        <translation>Filamento: %1 m, %2 g</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Capas: %1</translation>
    </message>
    <message>
        <source>Size: %1 × %2 × %3 mm</source>
        <translation>Tamaño: %1 × %2 × %3 mm</translation>
    </message>
    <message>
        <source>Fits the printer %1.</source>
        <translation>Cabe en la impresora %1.</translation>
    </message>
    <message>
        <source>Does NOT fit the printer %1.</source>
        <translation>NO cabe en la impresora %1.</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>no aceptado</translation>
    </message>
    <message>
        <source>outside the stick</source>
        <translation>fuera de la memoria</translation>
    </message>
    <message>
        <source>name not allowed</source>
        <translation>nombre no permitido</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>Looking for a USB stick…</source>
        <translation>Buscando una memoria USB…</translation>
    </message>
    <message>
        <source>No USB stick found</source>
        <translation>No se encontró ninguna memoria USB</translation>
    </message>
    <message>
        <source>Choose your USB stick</source>
        <translation>Elija su memoria USB</translation>
    </message>
    <message>
        <source>Pick a file from your USB stick</source>
        <translation>Elija un archivo de su memoria USB</translation>
    </message>
    <message>
        <source>Copying your file…</source>
        <translation>Copiando su archivo…</translation>
    </message>
    <message>
        <source>Is this the right file?</source>
        <translation>¿Es este el archivo correcto?</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>Este archivo no se puede usar</translation>
    </message>
    <message>
        <source>Plug a USB stick into the kiosk: it will show here by itself.</source>
        <translation>Conecte una memoria USB al quiosco: aparecerá aquí sola.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Subir una carpeta</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Cancel copy</source>
        <translation>Cancelar copia</translation>
    </message>
    <message>
        <source>Pick another file</source>
        <translation>Elegir otro archivo</translation>
    </message>
    <message>
        <source>Use this file</source>
        <translation>Usar este archivo</translation>
    </message>
    <message>
        <source>Model: %1 × %2 × %3 mm</source>
        <translation>Modelo: %1 × %2 × %3 mm</translation>
    </message>
</context>
<context>
    <name>WaiverFlow</name>
    <message>
        <source>The agreement was just updated. Please read the new version.</source>
        <translation>El acuerdo se acaba de actualizar. Lea la nueva versión, por favor.</translation>
    </message>
    <message>
        <source>That did not work. Please try again, or ask a staff member.</source>
        <translation>No ha funcionado. Inténtelo de nuevo o pida ayuda al personal.</translation>
    </message>
</context>
<context>
    <name>WaiverScreen</name>
    <message>
        <source>Before you use the machines</source>
        <translation>Antes de usar las máquinas</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <source>Please read the makerspace agreement (version {version}). A parent or guardian reads and accepts it with you.</source>
        <translation>Lea el acuerdo del makerspace (versión {version}). Un padre, madre o tutor lo lee y lo acepta contigo.</translation>
    </message>
    <message>
        <source>Please read the makerspace agreement (version {version}). Scroll to read it all.</source>
        <translation>Lea el acuerdo del makerspace (versión {version}). Desplácese para leerlo entero.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>I accept</source>
        <translation>Acepto</translation>
    </message>
    <message>
        <source>The agreement&apos;s text</source>
        <translation>El texto del acuerdo</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome, {name}!</source>
        <translation>¡Bienvenido/a, {name}!</translation>
    </message>
    <message>
        <source>You&apos;re checked in, {time}.</source>
        <translation>Ya está registrado/a, {time}.</translation>
    </message>
    <message>
        <source>You&apos;re already checked in today (since {time}).</source>
        <translation>Ya se registró hoy (desde las {time}).</translation>
    </message>
    <message>
        <source>News for you</source>
        <translation>Novedades para ti</translation>
    </message>
    <message>
        <source>Your reservations today</source>
        <translation>Tus reservas de hoy</translation>
    </message>
    <message>
        <source>{time}  {item}</source>
        <translation>{time}  {item}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>The library is closed on {day} ({reason}): your booking of {item} at {time} can&apos;t go ahead. Please book another day.</source>
        <translation>La biblioteca cierra el {day} ({reason}): su reserva de {item} a las {time} no puede mantenerse. Reserve otro día, por favor.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registrado/a</translation>
    </message>
</context>
</TS>
