<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="58"/>
        <source>{library} · {branch}</source>
        <translation>{library} · {branch}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="64"/>
        <source>Scan your card</source>
        <translation>Escanee su tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="66"/>
        <source>Hold the QR code on your makerspace card under the scanner.</source>
        <translation>Ponga el código QR de su tarjeta del makerspace bajo el escáner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="68"/>
        <source>Demo: simulate a scan (F2)</source>
        <translation>Demo: simular un escaneo (F2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="69"/>
        <source>A card held under the scanner</source>
        <translation>Una tarjeta bajo el escáner</translation>
    </message>
</context>
<context>
    <name>CardSetupScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="221"/>
        <source>Set up a card</source>
        <translation>Configurar una tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="222"/>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="242"/>
        <source>Back to the console</source>
        <translation>Volver a la consola</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="223"/>
        <source>Scan the card to set up now.</source>
        <translation>Escanee ahora la tarjeta que quiere configurar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="225"/>
        <source>Card scanned at {time}.</source>
        <translation>Tarjeta escaneada a las {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="228"/>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="244"/>
        <source>The patron&apos;s name</source>
        <translation>El nombre del usuario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="229"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="230"/>
        <source>New patron with this card</source>
        <translation>Usuario nuevo con esta tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="232"/>
        <source>Nobody found with that name.</source>
        <translation>No hay nadie con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="234"/>
        <source>Name (as the patron wants it shown)</source>
        <translation>Nombre (como el usuario quiere que aparezca)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="235"/>
        <source>Year of birth (optional; tells us about minors)</source>
        <translation>Año de nacimiento (opcional; indica si es menor)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="236"/>
        <source>Register and set up the card</source>
        <translation>Registrar y configurar la tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="238"/>
        <source>The card now belongs to {name}. Their next scan checks them in.</source>
        <translation>La tarjeta ya es de {name}. Con su próximo escaneo quedará registrado/a.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_setup.py" line="246"/>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
</context>
<context>
    <name>CheckingScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checking.py" line="30"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checking.py" line="31"/>
        <source>One moment, please.</source>
        <translation>Un momento, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checking.py" line="32"/>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
</context>
<context>
    <name>ConsoleScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="57"/>
        <source>Patron checked in</source>
        <translation>Usuario registrado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="58"/>
        <source>Staff card</source>
        <translation>Tarjeta de personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="59"/>
        <source>Unknown card</source>
        <translation>Tarjeta desconocida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="60"/>
        <source>Revoked card</source>
        <translation>Tarjeta anulada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="61"/>
        <source>Card not from this library</source>
        <translation>Tarjeta que no es de esta biblioteca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="62"/>
        <source>Unreadable scan</source>
        <translation>Escaneo ilegible</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="63"/>
        <source>Library barcode</source>
        <translation>Código de barras de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="64"/>
        <source>Could not check in (database)</source>
        <translation>No se pudo registrar (base de datos)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="191"/>
        <source>Close console</source>
        <translation>Cerrar la consola</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="192"/>
        <source>Set up a card</source>
        <translation>Configurar una tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="193"/>
        <source>Lock all machines</source>
        <translation>Bloquear todas las máquinas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="194"/>
        <source>Exit the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="195"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="196"/>
        <source>Recent scans at this kiosk</source>
        <translation>Escaneos recientes en este quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="197"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="198"/>
        <source>Staff console</source>
        <translation>Consola del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="205"/>
        <source>Staff console · {name}</source>
        <translation>Consola del personal · {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="208"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="211"/>
        <source>Checked in today: {today}
In now: {now} (checked in within {hours} h)</source>
        <translation>Registrados hoy: {today}
Ahora aquí: {now} (registrados en las últimas {hours} h)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="222"/>
        <source>No scans since the kiosk started.</source>
        <translation>Ningún escaneo desde que se inició el quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="248"/>
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="250"/>
        <source>{name} ({kind}): {status}</source>
        <translation>{name} ({kind}): {status}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="264"/>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="265"/>
        <source>relay controller</source>
        <translation>controlador de relés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="266"/>
        <source>printer</source>
        <translation>impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="267"/>
        <source>card scanner</source>
        <translation>lector de tarjetas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="272"/>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="273"/>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="274"/>
        <source>reconnecting</source>
        <translation>reconectando</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="275"/>
        <source>missing</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="276"/>
        <source>fault</source>
        <translation>averiado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/console.py" line="277"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message>
        <location filename="../../kiosk/ui/countdown_banner.py" line="50"/>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/countdown_banner.py" line="52"/>
        <source>Still there? Back to the start in 1 second.</source>
        <translation>¿Sigue ahí? Volvemos al inicio en 1 segundo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/countdown_banner.py" line="55"/>
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
    <message>
        <location filename="../../kiosk/ui/screens/demo_picker.py" line="66"/>
        <source>Demo cards</source>
        <translation>Tarjetas de demostración</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="125"/>
        <source>Makerspace Kiosk</source>
        <translation>Quiosco del makerspace</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="44"/>
        <source>We don&apos;t know this card yet</source>
        <translation>Todavía no conocemos esta tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="45"/>
        <source>This card is not registered at this library. Please ask a staff member to set it up for you.</source>
        <translation>Esta tarjeta no está registrada en esta biblioteca. Pida a un miembro del personal que la active.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="53"/>
        <source>This card can&apos;t be used any more</source>
        <translation>Esta tarjeta ya no se puede usar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="54"/>
        <source>It may have been replaced or reported lost. Please ask a staff member for a new card.</source>
        <translation>Puede que se haya reemplazado o declarado perdida. Pida una tarjeta nueva a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="61"/>
        <source>This card isn&apos;t one of ours</source>
        <translation>Esta tarjeta no es de esta biblioteca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="62"/>
        <source>The code could not be confirmed as a card from this library. Please ask a staff member to check your card.</source>
        <translation>No pudimos confirmar que el código sea de una tarjeta de esta biblioteca. Pida a un miembro del personal que revise su tarjeta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="70"/>
        <source>That scan didn&apos;t work</source>
        <translation>El escaneo no funcionó</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="71"/>
        <source>Please hold the QR code steady under the scanner and try again. If it still doesn&apos;t work, a staff member can help.</source>
        <translation>Mantenga el código QR quieto bajo el escáner e inténtelo de nuevo. Si sigue sin funcionar, el personal le puede ayudar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="79"/>
        <source>Please use your makerspace card</source>
        <translation>Use su tarjeta del makerspace</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="80"/>
        <source>That is a library borrowing card. This kiosk reads the square QR code on your makerspace card. No makerspace card yet? A staff member can give you one.</source>
        <translation>Esa es una tarjeta de préstamo de la biblioteca. Este quiosco lee el código QR cuadrado de su tarjeta del makerspace. ¿Aún no la tiene? El personal puede dársela.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="88"/>
        <source>Please see a staff member</source>
        <translation>Por favor, hable con un miembro del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="89"/>
        <source>The kiosk can&apos;t check you in right now. It&apos;s not your card: a staff member can help you.</source>
        <translation>El quiosco no puede registrar su entrada ahora mismo. No es culpa de su tarjeta: el personal le puede ayudar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="158"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="159"/>
        <source>This screen closes by itself after a while.</source>
        <translation>Esta pantalla se cierra sola al poco tiempo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="164"/>
        <source>Ask a staff member</source>
        <translation>Pida ayuda al personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="166"/>
        <source>Makerspace card</source>
        <translation>Tarjeta del makerspace</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="167"/>
        <source>Warning</source>
        <translation>Aviso</translation>
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
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="200"/>
        <source>Staff sign-in</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="203"/>
        <source>Hello, {name}. Enter your PIN to open the staff console.</source>
        <translation>Hola, {name}. Introduzca su PIN para abrir la consola del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="208"/>
        <source>Enter your PIN to open the staff console.</source>
        <translation>Introduzca su PIN para abrir la consola del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="210"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="211"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="212"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="213"/>
        <source>Digits typed so far, shown as dots</source>
        <translation>Dígitos escritos hasta ahora, mostrados como puntos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="214"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="225"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="227"/>
        <source>Please enter your PIN first.</source>
        <translation>Primero introduzca su PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="230"/>
        <source>Wrong PIN. One attempt left.</source>
        <translation>PIN incorrecto. Queda un intento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="232"/>
        <source>Wrong PIN. %n attempts left.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="233"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="237"/>
        <source>Too many wrong PINs. This account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Esta cuenta está bloqueada %n minuto más.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Esta cuenta está bloqueada %n minutos más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="241"/>
        <source>Too many wrong PINs. Please try again later.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="243"/>
        <source>This staff card is not recognised.</source>
        <translation>No se reconoce esta tarjeta de personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="244"/>
        <source>The PIN can&apos;t be checked right now. Please try again.</source>
        <translation>No se puede comprobar el PIN ahora mismo. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="92"/>
        <source>Welcome, {name}!</source>
        <translation>¡Bienvenido/a, {name}!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="94"/>
        <source>You&apos;re checked in, {time}.</source>
        <translation>Ya está registrado/a, {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="96"/>
        <source>You&apos;re already checked in today (since {time}).</source>
        <translation>Ya se registró hoy (desde las {time}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="98"/>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="99"/>
        <source>Checked in</source>
        <translation>Registrado/a</translation>
    </message>
</context>
</TS>
