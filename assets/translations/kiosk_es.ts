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
        <location filename="../../kiosk/ui/main_window.py" line="156"/>
        <source>Makerspace Kiosk</source>
        <translation>Quiosco del makerspace</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="39"/>
        <source>We don&apos;t know this card yet</source>
        <translation>Todavía no conocemos esta tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="40"/>
        <source>This card is not registered at this library. Please ask a staff member to set it up for you.</source>
        <translation>Esta tarjeta no está registrada en esta biblioteca. Pida a un miembro del personal que la active.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="48"/>
        <source>This card can&apos;t be used any more</source>
        <translation>Esta tarjeta ya no se puede usar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="49"/>
        <source>It may have been replaced or reported lost. Please ask a staff member for a new card.</source>
        <translation>Puede que se haya reemplazado o declarado perdida. Pida una tarjeta nueva a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="56"/>
        <source>This card isn&apos;t one of ours</source>
        <translation>Esta tarjeta no es de esta biblioteca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="57"/>
        <source>The code could not be confirmed as a card from this library. Please ask a staff member to check your card.</source>
        <translation>No pudimos confirmar que el código sea de una tarjeta de esta biblioteca. Pida a un miembro del personal que revise su tarjeta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="65"/>
        <source>That scan didn&apos;t work</source>
        <translation>El escaneo no funcionó</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="66"/>
        <source>Please hold the QR code steady under the scanner and try again. If it still doesn&apos;t work, a staff member can help.</source>
        <translation>Mantenga el código QR quieto bajo el escáner e inténtelo de nuevo. Si sigue sin funcionar, el personal le puede ayudar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="74"/>
        <source>Please see a staff member</source>
        <translation>Por favor, hable con un miembro del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="75"/>
        <source>The kiosk can&apos;t check you in right now. It&apos;s not your card: a staff member can help you.</source>
        <translation>El quiosco no puede registrar su entrada ahora mismo. No es culpa de su tarjeta: el personal le puede ayudar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="134"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/message.py" line="135"/>
        <source>This screen closes by itself in a few seconds.</source>
        <translation>Esta pantalla se cierra sola en unos segundos.</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="50"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="51"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="155"/>
        <source>Staff exit</source>
        <translation>Salida del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="158"/>
        <source>Hello, {name}. Enter your PIN to close the kiosk.</source>
        <translation>Hola, {name}. Introduzca su PIN para cerrar el quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="163"/>
        <source>Enter your PIN to close the kiosk.</source>
        <translation>Introduzca su PIN para cerrar el quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="165"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="166"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="173"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="175"/>
        <source>Please enter your PIN first.</source>
        <translation>Primero introduzca su PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="178"/>
        <source>Wrong PIN. One attempt left.</source>
        <translation>PIN incorrecto. Queda un intento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="180"/>
        <source>Wrong PIN. %n attempts left.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="181"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="184"/>
        <source>Too many wrong PINs. Locked until {time}.</source>
        <translation>Demasiados PIN incorrectos. Bloqueado hasta las {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="185"/>
        <source>Too many wrong PINs. Please try again later.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="187"/>
        <source>This staff card is not recognised.</source>
        <translation>No se reconoce esta tarjeta de personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff_pin.py" line="188"/>
        <source>The PIN can&apos;t be checked right now. Please try again.</source>
        <translation>No se puede comprobar el PIN ahora mismo. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="89"/>
        <source>Welcome, {name}!</source>
        <translation>¡Bienvenido/a, {name}!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="91"/>
        <source>Today&apos;s reservations</source>
        <translation>Reservas de hoy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/welcome.py" line="96"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="99"/>
        <source>No reservations today.</source>
        <translation>No tiene reservas hoy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="102"/>
        <source>Equipment</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="103"/>
        <source>My projects</source>
        <translation>Mis proyectos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="104"/>
        <location filename="../../kiosk/ui/screens/welcome.py" line="105"/>
        <source>Coming soon</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="106"/>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
</context>
</TS>
