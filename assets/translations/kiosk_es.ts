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
    <name>CardPrint</name>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
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
    <name>KioskWindow</name>
    <message>
        <source>Makerspace Kiosk</source>
        <translation>Quiosco del makerspace</translation>
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
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registrado/a</translation>
    </message>
</context>
</TS>
