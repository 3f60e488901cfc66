<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="56"/>
        <source>{library} · {branch}</source>
        <translation>{library} · {branch}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="62"/>
        <source>Scan your card</source>
        <translation>Escanee su tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="64"/>
        <source>Hold the QR code on your makerspace card under the scanner.</source>
        <translation>Ponga el código QR de su tarjeta del makerspace bajo el escáner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="66"/>
        <source>Demo: simulate a scan (F2)</source>
        <translation>Demo: simular un escaneo (F2)</translation>
    </message>
</context>
<context>
    <name>CardSetupScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="216"/>
        <source>Set up a card</source>
        <translation>Configurar una tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="217"/>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="237"/>
        <source>Back to the console</source>
        <translation>Volver a la consola</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="218"/>
        <source>Scan the card to set up now.</source>
        <translation>Escanee ahora la tarjeta que quiere configurar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="220"/>
        <source>Card scanned at {time}.</source>
        <translation>Tarjeta escaneada a las {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="223"/>
        <source>The patron&apos;s name</source>
        <translation>El nombre del usuario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="224"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="225"/>
        <source>New patron with this card</source>
        <translation>Usuario nuevo con esta tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="227"/>
        <source>Nobody found with that name.</source>
        <translation>No hay nadie con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="229"/>
        <source>Name (as the patron wants it shown)</source>
        <translation>Nombre (como el usuario quiere que aparezca)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="230"/>
        <source>Year of birth (optional; tells us about minors)</source>
        <translation>Año de nacimiento (opcional; indica si es menor)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="231"/>
        <source>Register and set up the card</source>
        <translation>Registrar y configurar la tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="233"/>
        <source>The card now belongs to {name}. Their next scan checks them in.</source>
        <translation>La tarjeta ya es de {name}. Con su próximo escaneo quedará registrado/a.</translation>
    </message>
</context>
<context>
    <name>CheckingScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checking.py" line="28"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checking.py" line="29"/>
        <source>One moment, please.</source>
        <translation>Un momento, por favor.</translation>
    </message>
</context>
<context>
    <name>ConsoleScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="56"/>
        <source>Patron checked in</source>
        <translation>Usuario registrado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="57"/>
        <source>Staff card</source>
        <translation>Tarjeta de personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="58"/>
        <source>Unknown card</source>
        <translation>Tarjeta desconocida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="59"/>
        <source>Revoked card</source>
        <translation>Tarjeta anulada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="60"/>
        <source>Card not from this library</source>
        <translation>Tarjeta que no es de esta biblioteca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="61"/>
        <source>Unreadable scan</source>
        <translation>Escaneo ilegible</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="62"/>
        <source>Library barcode</source>
        <translation>Código de barras de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="63"/>
        <source>Could not check in (database)</source>
        <translation>No se pudo registrar (base de datos)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="190"/>
        <source>Close console</source>
        <translation>Cerrar la consola</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="191"/>
        <source>Set up a card</source>
        <translation>Configurar una tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="192"/>
        <source>Lock all machines</source>
        <translation>Bloquear todas las máquinas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="193"/>
        <source>Exit the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="194"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="195"/>
        <source>Recent scans at this kiosk</source>
        <translation>Escaneos recientes en este quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="196"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="203"/>
        <source>Staff console · {name}</source>
        <translation>Consola del personal · {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="206"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="209"/>
        <source>Checked in today: {today}
In now: {now} (checked in within {hours} h)</source>
        <translation>Registrados hoy: {today}
Ahora aquí: {now} (registrados en las últimas {hours} h)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="220"/>
        <source>No scans since the kiosk started.</source>
        <translation>Ningún escaneo desde que se inició el quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="243"/>
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="245"/>
        <source>{name} ({kind}): {status}</source>
        <translation>{name} ({kind}): {status}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="259"/>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="260"/>
        <source>relay controller</source>
        <translation>controlador de relés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="261"/>
        <source>printer</source>
        <translation>impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="262"/>
        <source>card scanner</source>
        <translation>lector de tarjetas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="267"/>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="268"/>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="269"/>
        <source>reconnecting</source>
        <translation>reconectando</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="270"/>
        <source>missing</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="271"/>
        <source>fault</source>
        <translation>averiado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="272"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message>
        <location filename="../../kiosk/ui/countdown_banner.py" line="41"/>
        <source>Still there? Back to the start in 1 second. Touch to stay.</source>
        <translation>¿Sigue ahí? Volvemos al inicio en 1 segundo. Toque para quedarse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/countdown_banner.py" line="46"/>
        <source>Still there? Back to the start in %n seconds. Touch to stay.</source>
        <translation>
            <numerusform>¿Sigue ahí? Volvemos al inicio en %n segundo. Toque para quedarse.</numerusform>
            <numerusform>¿Sigue ahí? Volvemos al inicio en %n segundos. Toque para quedarse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCards</name>
    <message>
        <location filename="../../kiosk/ui/demo_cards.py" line="17"/>
        <source>{name} (card {number}, revoked)</source>
        <translation>{name} (tarjeta {number}, anulada)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/demo_cards.py" line="19"/>
        <source>{name} (card {number})</source>
        <translation>{name} (tarjeta {number})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/demo_cards.py" line="21"/>
        <source>Staff card: {name}</source>
        <translation>Tarjeta de personal: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/demo_cards.py" line="26"/>
        <source>A forged card (altered code)</source>
        <translation>Una tarjeta falsificada (código alterado)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/demo_cards.py" line="28"/>
        <source>A garbage scan</source>
        <translation>Un escaneo sin sentido</translation>
    </message>
</context>
<context>
    <name>DemoPickerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/demo_picker.py" line="58"/>
        <source>Demo: simulate a scan</source>
        <translation>Demo: simular un escaneo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/demo_picker.py" line="61"/>
        <source>Tap a demo card. Its code goes through the same path as a real scanner. (Shortcut: F2)</source>
        <translation>Toque una tarjeta de demostración. Su código sigue el mismo camino que con un escáner real. (Atajo: F2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/demo_picker.py" line="65"/>
        <source>Back to start</source>
        <translation>Volver al inicio</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="119"/>
        <source>Makerspace Kiosk</source>
        <translation>Quiosco del makerspace</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="43"/>
        <source>We don&apos;t know this card yet</source>
        <translation>Todavía no conocemos esta tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="44"/>
        <source>This card is not registered at this library. Please ask a staff member to set it up for you.</source>
        <translation>Esta tarjeta no está registrada en esta biblioteca. Pida a un miembro del personal que la active.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="52"/>
        <source>This card can&apos;t be used any more</source>
        <translation>Esta tarjeta ya no se puede usar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="53"/>
        <source>It may have been replaced or reported lost. Please ask a staff member for a new card.</source>
        <translation>Puede que se haya reemplazado o declarado perdida. Pida una tarjeta nueva a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="60"/>
        <source>This card isn&apos;t one of ours</source>
        <translation>Esta tarjeta no es de esta biblioteca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="61"/>
        <source>The code could not be confirmed as a card from this library. Please ask a staff member to check your card.</source>
        <translation>No pudimos confirmar que el código sea de una tarjeta de esta biblioteca. Pida a un miembro del personal que revise su tarjeta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="69"/>
        <source>That scan didn&apos;t work</source>
        <translation>El escaneo no funcionó</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="70"/>
        <source>Please hold the QR code steady under the scanner and try again. If it still doesn&apos;t work, a staff member can help.</source>
        <translation>Mantenga el código QR quieto bajo el escáner e inténtelo de nuevo. Si sigue sin funcionar, el personal le puede ayudar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="78"/>
        <source>Please use your makerspace card</source>
        <translation>Use su tarjeta del makerspace</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="79"/>
        <source>That is a library borrowing card. This kiosk reads the square QR code on your makerspace card. No makerspace card yet? A staff member can give you one.</source>
        <translation>Esa es una tarjeta de préstamo de la biblioteca. Este quiosco lee el código QR cuadrado de su tarjeta del makerspace. ¿Aún no la tiene? El personal puede dársela.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="87"/>
        <source>Please see a staff member</source>
        <translation>Por favor, hable con un miembro del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="88"/>
        <source>The kiosk can&apos;t check you in right now. It&apos;s not your card: a staff member can help you.</source>
        <translation>El quiosco no puede registrar su entrada ahora mismo. No es culpa de su tarjeta: el personal le puede ayudar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="155"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="156"/>
        <source>This screen closes by itself after a while.</source>
        <translation>Esta pantalla se cierra sola al poco tiempo.</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="56"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="59"/>
        <source>Delete the last digit</source>
        <translation>Borrar la última cifra</translation>
    </message>
</context>
<context>
    <name>StaffConsoleFlow</name>
    <message>
        <location filename="../../kiosk/ui/flows/staff_console.py" line="118"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff_console.py" line="150"/>
        <source>Locking every machine…</source>
        <translation>Bloqueando todas las máquinas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/flows/staff_console.py" line="165"/>
        <source>Every machine is locked: %n controller(s) confirmed.</source>
        <translation>
            <numerusform>Todas las máquinas están bloqueadas: %n controlador lo confirmó.</numerusform>
            <numerusform>Todas las máquinas están bloqueadas: %n controladores lo confirmaron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff_console.py" line="168"/>
        <source>Not confirmed by: {names}. Check those machines by hand.</source>
        <translation>Sin confirmar: {names}. Revise esas máquinas a mano.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff_console.py" line="192"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff_console.py" line="220"/>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>Su cuenta no puede hacer esto. Pídaselo a un administrador.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff_console.py" line="222"/>
        <source>That did not work: {reason}.</source>
        <translation>No ha funcionado: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff_console.py" line="223"/>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>Ahora no se puede acceder a la base de datos. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff_console.py" line="259"/>
        <source>Close the console before checking anyone in.</source>
        <translation>Cierre la consola antes de registrar a alguien.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/flows/staff_console.py" line="312"/>
        <source>Please type the patron&apos;s name first.</source>
        <translation>Escriba primero el nombre del usuario.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="197"/>
        <source>Staff sign-in</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="200"/>
        <source>Hello, {name}. Enter your PIN to open the staff console.</source>
        <translation>Hola, {name}. Introduzca su PIN para abrir la consola del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="205"/>
        <source>Enter your PIN to open the staff console.</source>
        <translation>Introduzca su PIN para abrir la consola del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="207"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="208"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="215"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="217"/>
        <source>Please enter your PIN first.</source>
        <translation>Primero introduzca su PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="220"/>
        <source>Wrong PIN. One attempt left.</source>
        <translation>PIN incorrecto. Queda un intento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="222"/>
        <source>Wrong PIN. %n attempts left.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="223"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="227"/>
        <source>Too many wrong PINs. This account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Esta cuenta está bloqueada %n minuto más.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Esta cuenta está bloqueada %n minutos más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="231"/>
        <source>Too many wrong PINs. Please try again later.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="233"/>
        <source>This staff card is not recognised.</source>
        <translation>No se reconoce esta tarjeta de personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="234"/>
        <source>The PIN can&apos;t be checked right now. Please try again.</source>
        <translation>No se puede comprobar el PIN ahora mismo. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="90"/>
        <source>Welcome, {name}!</source>
        <translation>¡Bienvenido/a, {name}!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="92"/>
        <source>You&apos;re checked in, {time}.</source>
        <translation>Ya está registrado/a, {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="94"/>
        <source>You&apos;re already checked in today (since {time}).</source>
        <translation>Ya se registró hoy (desde las {time}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="96"/>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
</context>
</TS>
