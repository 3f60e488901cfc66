<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccessibilityScreen</name>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Changes last until you finish. Tap again to turn off.</source>
        <translation>Les réglages durent jusqu’à la fin. Touchez encore pour les retirer.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>on</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>off</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{option}: {state}</source>
        <translation>{option} : {state}</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Language: {name}</source>
        <translation>Langue : {name}</translation>
    </message>
    <message>
        <source>{library} · {branch}</source>
        <translation>{library} · {branch}</translation>
    </message>
    <message>
        <source>Scan your card</source>
        <translation>Scannez votre carte</translation>
    </message>
    <message>
        <source>Hold the QR code on your makerspace card under the scanner.</source>
        <translation>Placez le code QR de votre carte du makerspace sous le lecteur.</translation>
    </message>
    <message>
        <source>Demo: simulate a scan (F2)</source>
        <translation>Démo : simuler un scan (F2)</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>A card held under the scanner</source>
        <translation>Une carte tenue sous le lecteur</translation>
    </message>
</context>
<context>
    <name>BookedScreen</name>
    <message>
        <source>Start now</source>
        <translation>Commencer maintenant</translation>
    </message>
    <message>
        <source>My reservations</source>
        <translation>Mes réservations</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>{item}
{day}, {time}</source>
        <translation>{item}
{day}, {time}</translation>
    </message>
    <message>
        <source>Tap “Start now” to switch the machine on.</source>
        <translation>Touchez « Commencer maintenant » pour allumer la machine.</translation>
    </message>
    <message>
        <source>When your time comes, scan your card here and tap “Start”.</source>
        <translation>À votre horaire, scannez votre carte ici et touchez « Commencer ».</translation>
    </message>
</context>
<context>
    <name>BookingText</name>
    <message>
        <source>That time has already gone by.</source>
        <translation>Cet horaire est déjà passé.</translation>
    </message>
    <message>
        <source>Please choose a later time.</source>
        <translation>Choisissez un horaire plus tard.</translation>
    </message>
    <message>
        <source>A booking needs a length.</source>
        <translation>Une réservation doit avoir une durée.</translation>
    </message>
    <message>
        <source>Choose how long with the + button.</source>
        <translation>Choisissez la durée avec le bouton +.</translation>
    </message>
    <message>
        <source>The shortest booking is {limit}.</source>
        <translation>La réservation la plus courte est de {limit}.</translation>
    </message>
    <message>
        <source>Choose a longer time with the + button.</source>
        <translation>Choisissez une durée plus longue avec le bouton +.</translation>
    </message>
    <message>
        <source>The longest booking is {limit}.</source>
        <translation>La réservation la plus longue est de {limit}.</translation>
    </message>
    <message>
        <source>Choose a shorter time with the − button.</source>
        <translation>Choisissez une durée plus courte avec le bouton −.</translation>
    </message>
    <message>
        <source>Bookings start and last in steps of {step}.</source>
        <translation>Les réservations commencent et durent par tranches de {step}.</translation>
    </message>
    <message>
        <source>Choose a time on the timeline, then a length.</source>
        <translation>Choisissez un horaire dans la grille, puis une durée.</translation>
    </message>
    <message>
        <source>You can book up to {limit} a day, and you have {used} booked already.</source>
        <translation>Vous pouvez réserver jusqu’à {limit} par jour, et vous avez déjà {used} réservé.</translation>
    </message>
    <message>
        <source>Choose a shorter time, or another day.</source>
        <translation>Choisissez une durée plus courte ou un autre jour.</translation>
    </message>
    <message>
        <source>You can book up to {limit} a week, and you have {used} booked already.</source>
        <translation>Vous pouvez réserver jusqu’à {limit} par semaine, et vous avez déjà {used} réservé.</translation>
    </message>
    <message>
        <source>Choose a shorter time, or a day next week.</source>
        <translation>Choisissez une durée plus courte ou un jour de la semaine prochaine.</translation>
    </message>
    <message>
        <source>That day is too far ahead to book yet.</source>
        <translation>Ce jour est encore trop loin pour être réservé.</translation>
    </message>
    <message>
        <source>Choose a day up to {until}, or book this one later.</source>
        <translation>Choisissez un jour jusqu’au {until}, ou réservez celui-ci plus tard.</translation>
    </message>
    <message>
        <source>The makerspace is closed at that time.</source>
        <translation>Le makerspace est fermé à cet horaire.</translation>
    </message>
    <message>
        <source>Choose a time when it is open.</source>
        <translation>Choisissez un horaire d’ouverture.</translation>
    </message>
    <message>
        <source>The library is closed that day. {reason}</source>
        <translation>La bibliothèque est fermée ce jour-là. {reason}</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>Choisissez un autre jour.</translation>
    </message>
    <message>
        <source>The booking would end after closing time ({closes_at}).</source>
        <translation>La réservation finirait après la fermeture ({closes_at}).</translation>
    </message>
    <message>
        <source>Choose a shorter time or an earlier start.</source>
        <translation>Choisissez une durée plus courte ou un début plus tôt.</translation>
    </message>
    <message>
        <source>Someone else has booked this time.</source>
        <translation>Quelqu’un d’autre a réservé cet horaire.</translation>
    </message>
    <message>
        <source>Please choose another free time.</source>
        <translation>Choisissez un autre horaire libre.</translation>
    </message>
    <message>
        <source>The machine needs {minutes} free between two bookings.</source>
        <translation>La machine doit rester libre {minutes} entre deux réservations.</translation>
    </message>
    <message>
        <source>Start a little later or end a little earlier.</source>
        <translation>Commencez un peu plus tard ou finissez un peu plus tôt.</translation>
    </message>
    <message>
        <source>This machine needs the “{training}” training first.</source>
        <translation>Cette machine demande d’abord la formation « {training} ».</translation>
    </message>
    <message>
        <source>Please ask a staff member about the “{training}” training.</source>
        <translation>Renseignez-vous auprès du personnel sur la formation « {training} ».</translation>
    </message>
    <message>
        <source>We need a parent&apos;s or guardian&apos;s permission on file first.</source>
        <translation>Il nous faut d’abord l’autorisation d’un parent ou tuteur.</translation>
    </message>
    <message>
        <source>Please come back with a parent or guardian to see a staff member.</source>
        <translation>Revenez avec un parent ou tuteur pour voir un membre du personnel.</translation>
    </message>
    <message>
        <source>Please read and accept the makerspace safety agreement first.</source>
        <translation>Lisez et acceptez d’abord l’accord de sécurité du makerspace.</translation>
    </message>
    <message>
        <source>Tap “Read the agreement” below.</source>
        <translation>Touchez « Lire l’accord » ci-dessous.</translation>
    </message>
    <message>
        <source>Booking is paused for you after missed bookings, until {until}.</source>
        <translation>Vos réservations sont suspendues après des réservations manquées, jusqu’à {until}.</translation>
    </message>
    <message>
        <source>A staff member can help if this seems wrong.</source>
        <translation>Si cela vous semble une erreur, le personnel peut vous aider.</translation>
    </message>
    <message>
        <source>This item can&apos;t be booked.</source>
        <translation>Cet objet ne peut pas être réservé.</translation>
    </message>
    <message>
        <source>Please ask a staff member how to use it.</source>
        <translation>Demandez au personnel comment l’utiliser.</translation>
    </message>
    <message>
        <source>This machine is out of order.</source>
        <translation>Cette machine est en panne.</translation>
    </message>
    <message>
        <source>Choose another machine, or ask a staff member.</source>
        <translation>Choisissez une autre machine ou demandez au personnel.</translation>
    </message>
    <message>
        <source>The machine is in use or waiting for a check.</source>
        <translation>La machine est utilisée ou attend une vérification.</translation>
    </message>
    <message>
        <source>Book a free time later instead.</source>
        <translation>Réservez plutôt un horaire libre plus tard.</translation>
    </message>
    <message>
        <source>This card can&apos;t be used any more.</source>
        <translation>Cette carte ne peut plus être utilisée.</translation>
    </message>
    <message>
        <source>Please ask a staff member for a new card.</source>
        <translation>Demandez une nouvelle carte au personnel.</translation>
    </message>
    <message>
        <source>That booking belongs to someone else.</source>
        <translation>Cette réservation appartient à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Please ask a staff member.</source>
        <translation>Demandez à un membre du personnel.</translation>
    </message>
    <message>
        <source>That booking can&apos;t be cancelled: it has started or ended.</source>
        <translation>Cette réservation ne peut pas être annulée : elle a commencé ou est terminée.</translation>
    </message>
    <message>
        <source>Please ask a staff member if something is wrong.</source>
        <translation>Si quelque chose ne va pas, demandez au personnel.</translation>
    </message>
    <message>
        <source>Please ask a staff member to show you the agreement.</source>
        <translation>Demandez à un membre du personnel de vous montrer l’accord.</translation>
    </message>
    <message>
        <source>The library&apos;s rules don&apos;t allow this booking.</source>
        <translation>Le règlement de la bibliothèque ne permet pas cette réservation.</translation>
    </message>
    <message>
        <source>A staff member can tell you more.</source>
        <translation>Un membre du personnel peut vous en dire plus.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>À vous</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passé</translation>
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
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a week column&apos;s heading, as short as &apos;Mon&apos;</comment>
        <translation>Auj.</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Free now</source>
        <translation>Libre maintenant</translation>
    </message>
    <message>
        <source>In use until {time}</source>
        <translation>Utilisée jusqu’à {time}</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>Booked until {time}</source>
        <translation>Réservée jusqu’à {time}</translation>
    </message>
    <message>
        <source>Booked now</source>
        <translation>Réservée maintenant</translation>
    </message>
    <message>
        <source>Needs a check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>En panne</translation>
    </message>
</context>
<context>
    <name>CardPrint</name>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>Kit code</source>
        <translation>Code du kit</translation>
    </message>
</context>
<context>
    <name>CardSetupScreen</name>
    <message>
        <source>Set up a card</source>
        <translation>Configurer une carte</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Retour à la console</translation>
    </message>
    <message>
        <source>Scan the card to set up now.</source>
        <translation>Scannez maintenant la carte à configurer.</translation>
    </message>
    <message>
        <source>Card scanned at {time}.</source>
        <translation>Carte scannée à {time}.</translation>
    </message>
    <message>
        <source>The patron&apos;s name</source>
        <translation>Nom de l’usager</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>New patron with this card</source>
        <translation>C’est un nouvel usager</translation>
    </message>
    <message>
        <source>Nobody found with that name.</source>
        <translation>Aucun usager à ce nom.</translation>
    </message>
    <message>
        <source>Name (as the patron wants it shown)</source>
        <translation>Nom (tel que l’usager veut le voir affiché)</translation>
    </message>
    <message>
        <source>Year of birth (optional; tells us about minors)</source>
        <translation>Année de naissance (facultatif ; indique les mineurs)</translation>
    </message>
    <message>
        <source>Register and set up the card</source>
        <translation>Inscrire avec cette carte</translation>
    </message>
    <message>
        <source>The card now belongs to {name}. Their next scan checks them in.</source>
        <translation>La carte est maintenant à {name}. Au prochain scan, son arrivée sera enregistrée.</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
</context>
<context>
    <name>CheckingScreen</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>Un instant, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Patientez</translation>
    </message>
</context>
<context>
    <name>ConsoleScreen</name>
    <message>
        <source>Patron checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>Carte du personnel</translation>
    </message>
    <message>
        <source>Unknown card</source>
        <translation>Carte inconnue</translation>
    </message>
    <message>
        <source>Revoked card</source>
        <translation>Carte annulée</translation>
    </message>
    <message>
        <source>Card not from this library</source>
        <translation>Carte d’une autre bibliothèque</translation>
    </message>
    <message>
        <source>Unreadable scan</source>
        <translation>Scan illisible</translation>
    </message>
    <message>
        <source>Library barcode</source>
        <translation>Code-barres de la bibliothèque</translation>
    </message>
    <message>
        <source>Could not check in (database)</source>
        <translation>Enregistrement impossible (base de données)</translation>
    </message>
    <message>
        <source>Close console</source>
        <translation>Fermer la console</translation>
    </message>
    <message>
        <source>Set up a card</source>
        <translation>Configurer une carte</translation>
    </message>
    <message>
        <source>Lock all machines</source>
        <translation>Verrouiller toutes les machines</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>Staff tools</source>
        <translation>Outils du personnel</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Recent scans at this kiosk</source>
        <translation>Scans récents sur cette borne</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Staff console</source>
        <translation>Console du personnel</translation>
    </message>
    <message>
        <source>Staff console · {name}</source>
        <translation>Console du personnel · {name}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Checked in today: {today}
In now: {now} (checked in within {hours} h)</source>
        <translation>Arrivées aujourd’hui : {today}
Présents : {now} (arrivés depuis moins de {hours} h)</translation>
    </message>
    <message>
        <source>No scans since the kiosk started.</source>
        <translation>Aucun scan depuis le démarrage de la borne.</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name} : {status}</translation>
    </message>
    <message>
        <source>{name} ({kind}): {status}</source>
        <translation>{name} ({kind}) : {status}</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>relay controller</source>
        <translation>contrôleur de relais</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>imprimante</translation>
    </message>
    <message>
        <source>card scanner</source>
        <translation>lecteur de cartes</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message>
        <source>I need more time</source>
        <translation>J’ai besoin de plus de temps</translation>
    </message>
    <message>
        <source>Still there? Back to the start in 1 second.</source>
        <translation>Vous êtes là ? Retour à l’accueil dans 1 seconde.</translation>
    </message>
    <message numerus="yes">
        <source>Still there? Back to the start in %n seconds.</source>
        <translation>
            <numerusform>Vous êtes là ? Retour à l’accueil dans %n seconde.</numerusform>
            <numerusform>Vous êtes là ? Retour à l’accueil dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCards</name>
    <message>
        <source>{name} (card {number}, revoked)</source>
        <translation>{name} (carte {number}, annulée)</translation>
    </message>
    <message>
        <source>{name} (card {number})</source>
        <translation>{name} (carte {number})</translation>
    </message>
    <message>
        <source>Staff card: {name}</source>
        <translation>Carte du personnel : {name}</translation>
    </message>
    <message>
        <source>A forged card (altered code)</source>
        <translation>Une fausse carte (code modifié)</translation>
    </message>
    <message>
        <source>A garbage scan</source>
        <translation>Un scan illisible</translation>
    </message>
    <message>
        <source>Kit label: {name}</source>
        <translation>Étiquette de kit : {name}</translation>
    </message>
</context>
<context>
    <name>DemoPickerScreen</name>
    <message>
        <source>Demo: simulate a scan</source>
        <translation>Démo : simuler un scan</translation>
    </message>
    <message>
        <source>Tap a demo card. Its code goes through the same path as a real scanner. (Shortcut: F2)</source>
        <translation>Touchez une carte de démo. Son code suit le même chemin qu’avec un vrai lecteur. (Raccourci : F2)</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>Retour à l’accueil</translation>
    </message>
    <message>
        <source>Demo cards</source>
        <translation>Cartes de démo</translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <source>{name}: {text}</source>
        <translation>{name} : {text}</translation>
    </message>
    <message>
        <source>the controller restarted; every channel is locked</source>
        <translation>le contrôleur a redémarré ; tous les canaux sont verrouillés</translation>
    </message>
    <message>
        <source>channel {channel}: unlock not confirmed, locking it again</source>
        <translation>canal {channel} : déverrouillage non confirmé, nouveau verrouillage</translation>
    </message>
    <message>
        <source>channel {channel}: locked again after an unconfirmed unlock</source>
        <translation>canal {channel} : verrouillé à nouveau après un déverrouillage non confirmé</translation>
    </message>
    <message>
        <source>emergency stop pressed: every channel locked</source>
        <translation>arrêt d’urgence enclenché : tous les canaux verrouillés</translation>
    </message>
    <message>
        <source>the controller lost the kiosk&apos;s heartbeat and locked</source>
        <translation>le contrôleur a perdu le signal de vie de la borne et s’est verrouillé</translation>
    </message>
    <message>
        <source>job {job} failed: {reason}</source>
        <translation>la tâche {job} a échoué : {reason}</translation>
    </message>
    <message>
        <source>emergency stop: its power was cut ({reason})</source>
        <translation>arrêt d&apos;urgence : son alimentation a été coupée ({reason})</translation>
    </message>
    <message>
        <source>emergency stop: its power relay did not switch off ({reason}); switch it off by hand</source>
        <translation>arrêt d&apos;urgence : son relais d&apos;alimentation ne s&apos;est pas coupé ({reason}) ; coupez-la à la main</translation>
    </message>
    <message>
        <source>emergency stop asked ({reason}), but no power relay is set up for it; switch it off by hand</source>
        <translation>arrêt d&apos;urgence demandé ({reason}), mais aucun relais d&apos;alimentation n&apos;est prévu ; coupez-la à la main</translation>
    </message>
    <message>
        <source>Card scanner</source>
        <translation>Lecteur de cartes</translation>
    </message>
    <message>
        <source>nothing is connected at {port}</source>
        <translation>rien n’est branché sur {port}</translation>
    </message>
    <message>
        <source>channels still on: {channels}</source>
        <translation>canaux encore allumés : {channels}</translation>
    </message>
</context>
<context>
    <name>EquipmentAdminFlow</name>
    <message>
        <source>3D printer</source>
        <translation>Imprimante 3D</translation>
    </message>
    <message>
        <source>Laser cutter</source>
        <translation>Découpeuse laser</translation>
    </message>
    <message>
        <source>Vinyl cutter</source>
        <translation>Découpeuse vinyle</translation>
    </message>
    <message>
        <source>Sewing machine</source>
        <translation>Machine à coudre</translation>
    </message>
    <message>
        <source>Arduino kit</source>
        <translation>Kit Arduino</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur portable</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Laser</source>
        <translation>Laser</translation>
    </message>
    <message>
        <source>Vinyl</source>
        <translation>Vinyle</translation>
    </message>
    <message>
        <source>Sewing</source>
        <translation>Couture</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>needs a check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Durée d&apos;un créneau</translation>
    </message>
    <message>
        <source>Shortest booking</source>
        <translation>Réservation la plus courte</translation>
    </message>
    <message>
        <source>Longest booking</source>
        <translation>Réservation la plus longue</translation>
    </message>
    <message>
        <source>Most a day per patron</source>
        <translation>Maximum par jour et par usager</translation>
    </message>
    <message>
        <source>Most a week per patron</source>
        <translation>Maximum par semaine et par usager</translation>
    </message>
    <message>
        <source>Bookable days ahead</source>
        <translation>Jours réservables à l&apos;avance</translation>
    </message>
    <message>
        <source>Free time between bookings</source>
        <translation>Temps libre entre deux réservations</translation>
    </message>
    <message>
        <source>Slot freed after a no-show of</source>
        <translation>Créneau libéré après une absence de</translation>
    </message>
    <message>
        <source>No-shows before a pause</source>
        <translation>Absences avant une pause</translation>
    </message>
    <message>
        <source>Booking pause</source>
        <translation>Pause des réservations</translation>
    </message>
    <message>
        <source>Equipment &amp; rules</source>
        <translation>Équipements et règles</translation>
    </message>
    <message>
        <source>Please type the item&apos;s name.</source>
        <translation>Veuillez saisir le nom de l&apos;équipement.</translation>
    </message>
    <message>
        <source>An item must be reservable, lendable or both.</source>
        <translation>Un équipement doit être réservable, prêtable ou les deux.</translation>
    </message>
    <message>
        <source>{name} is saved.</source>
        <translation>{name} est enregistré.</translation>
    </message>
    <message>
        <source>The rule for {kind} is saved.</source>
        <translation>La règle pour {kind} est enregistrée.</translation>
    </message>
    <message>
        <source>Please type the reason patrons will see.</source>
        <translation>Veuillez saisir le motif que verront les usagers.</translation>
    </message>
    <message>
        <source>Closing must come after opening.</source>
        <translation>La fermeture doit suivre l&apos;ouverture.</translation>
    </message>
    <message>
        <source>The second opening must start after the first one closes.</source>
        <translation>La deuxième ouverture doit commencer après la première fermeture.</translation>
    </message>
    <message>
        <source>The hours for {day} are saved.</source>
        <translation>Les horaires du {day} sont enregistrés.</translation>
    </message>
    <message>
        <source>Closed on {day}.</source>
        <translation>Fermé le {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) were already made for that day: those patrons are told when they next check in, and are listed below.</source>
        <translation>
            <numerusform>%n réservation(s) existaient déjà ce jour-là : ces usagers sont prévenus à leur prochain passage et sont listés ci-dessous.</numerusform>
            <numerusform>%n réservation(s) existaient déjà ce jour-là : ces usagers sont prévenus à leur prochain passage et sont listés ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is retired.</source>
        <translation>{name} est retiré du service.</translation>
    </message>
    <message>
        <source>Open again on {day}.</source>
        <translation>De nouveau ouvert le {day}.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>Votre compte ne permet pas de faire cela. Demandez à un administrateur.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>La base de données est injoignable pour le moment. Réessayez.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>Cela n&apos;a pas fonctionné. Réessayez.</translation>
    </message>
    <message>
        <source>{relay} channel {channel}</source>
        <translation>{relay} canal {channel}</translation>
    </message>
    <message>
        <source>Prints on: {printer}</source>
        <translation>Imprime sur : {printer}</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icône</translation>
    </message>
    <message>
        <source>Training needed</source>
        <translation>Formation requise</translation>
    </message>
    <message>
        <source>Relay controller</source>
        <translation>Contrôleur de relais</translation>
    </message>
    <message>
        <source>Not switched by a relay</source>
        <translation>Sans relais</translation>
    </message>
    <message>
        <source>Relay channel</source>
        <translation>Canal du relais</translation>
    </message>
    <message>
        <source>Booked by time</source>
        <translation>Réservé par créneau</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>Prêté</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouvel équipement</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Sans imprimante</translation>
    </message>
    <message>
        <source>(not on this kiosk)</source>
        <translation>(absente de cette borne)</translation>
    </message>
    <message>
        <source>Not on this kiosk: kept</source>
        <translation>Absente de cette borne : conservée</translation>
    </message>
    <message>
        <source>Printer for {name}</source>
        <translation>Imprimante pour {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour(s)</numerusform>
            <numerusform>%n jour(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>This kind uses the default rule until you save one.</source>
        <translation>Ce type suit la règle par défaut tant que vous n&apos;en enregistrez pas une.</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Modifié, pas encore enregistré.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouvre</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Ferme</translation>
    </message>
    <message>
        <source>Opens again</source>
        <translation>Rouvre</translation>
    </message>
    <message>
        <source>Closes again</source>
        <translation>Referme</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Open this day</source>
        <translation>Ouvert ce jour</translation>
    </message>
    <message>
        <source>Second opening</source>
        <translation>Deuxième ouverture</translation>
    </message>
    <message>
        <source>The week as saved:</source>
        <translation>La semaine enregistrée :</translation>
    </message>
    <message>
        <source>Bookings on days now closed (tell these patrons):</source>
        <translation>Réservations sur des jours désormais fermés (prévenez ces usagers) :</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Fermé le</translation>
    </message>
</context>
<context>
    <name>EquipmentAdminScreen</name>
    <message>
        <source>Equipment &amp; rules</source>
        <translation>Équipements et règles</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Retour à la console</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Règles de réservation</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Fermetures</translation>
    </message>
    <message>
        <source>Prints on</source>
        <translation>Imprime sur</translation>
    </message>
    <message>
        <source>Prints on: {printer}. Tap to choose another printer.</source>
        <translation>Imprime sur : {printer}. Touchez pour choisir une autre imprimante.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reason shown to patrons</source>
        <translation>Motif affiché aux usagers</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Ajouter un équipement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Tap again to retire it</source>
        <translation>Touchez encore pour le retirer</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer du service</translation>
    </message>
    <message>
        <source>Open on that day again</source>
        <translation>Rouvrir ce jour-là</translation>
    </message>
    <message>
        <source>Add the item</source>
        <translation>Ajouter l&apos;équipement</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation>Enregistrer l&apos;équipement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close on this day</source>
        <translation>Fermer ce jour-là</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Tap an item to change it.</source>
        <translation>Touchez un équipement pour le modifier.</translation>
    </message>
    <message>
        <source>No equipment yet. Tap “Add an item”.</source>
        <translation>Aucun équipement pour l&apos;instant. Touchez « Ajouter un équipement ».</translation>
    </message>
    <message>
        <source>Choose the printer that prints this item&apos;s jobs:</source>
        <translation>Choisissez l’imprimante qui imprime les travaux de cet équipement :</translation>
    </message>
    <message>
        <source>Days ahead when the branch is closed (tap one to open again):</source>
        <translation>Jours à venir où l&apos;antenne est fermée (touchez-en un pour rouvrir) :</translation>
    </message>
    <message>
        <source>No closures ahead. Choose a day and a reason to add one.</source>
        <translation>Aucune fermeture prévue. Choisissez un jour et un motif pour en ajouter une.</translation>
    </message>
</context>
<context>
    <name>EquipmentFlow</name>
    <message>
        <source>Equipment</source>
        <translation>Équipements</translation>
    </message>
</context>
<context>
    <name>EquipmentListScreen</name>
    <message>
        <source>Needs the “{training}” training</source>
        <translation>Demande la formation « {training} »</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>Being checked by staff</source>
        <translation>En cours de vérification par le personnel</translation>
    </message>
    <message>
        <source>Free now · {count} free times this week</source>
        <translation>Libre maintenant · {count} créneaux libres cette semaine</translation>
    </message>
    <message>
        <source>Free today from {time}</source>
        <translation>Libre aujourd’hui à partir de {time}</translation>
    </message>
    <message>
        <source>Next free: {day} {time}</source>
        <translation>Prochain créneau libre : {day} {time}</translation>
    </message>
    <message>
        <source>Fully booked this week</source>
        <translation>Complète cette semaine</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>My reservations</source>
        <translation>Mes réservations</translation>
    </message>
    <message>
        <source>Looking up the machines…</source>
        <translation>Recherche des machines…</translation>
    </message>
    <message>
        <source>The machines can&apos;t be shown right now. Please ask a staff member.</source>
        <translation>Les machines ne peuvent pas être affichées pour l’instant. Demandez au personnel.</translation>
    </message>
    <message>
        <source>There are no machines to book at this branch.</source>
        <translation>Il n’y a pas de machine à réserver dans cette antenne.</translation>
    </message>
    <message>
        <source>Tap a machine to see its free times and book.</source>
        <translation>Touchez une machine pour voir ses créneaux libres et réserver.</translation>
    </message>
    <message>
        <source>See times</source>
        <translation>Voir les horaires</translation>
    </message>
    <message>
        <source>{machine}: see times</source>
        <translation>{machine} : voir les horaires</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Makerspace Kiosk</source>
        <translation>Borne du makerspace</translation>
    </message>
</context>
<context>
    <name>KitScreen</name>
    <message>
        <source>Read the agreement</source>
        <translation>Lire l’accord</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Borrow {kit}?</source>
        <translation>Emprunter {kit} ?</translation>
    </message>
    <message>
        <source>Bring it back to the makerspace by then, with everything in it.</source>
        <translation>Rapportez-le au makerspace d’ici là, avec tout son contenu.</translation>
    </message>
    <message>
        <source>Borrow it</source>
        <translation>L’emprunter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Return {kit}?</source>
        <translation>Rendre {kit} ?</translation>
    </message>
    <message>
        <source>Leave it on the returns shelf. Staff will check that it is complete.</source>
        <translation>Posez-le sur l’étagère des retours. L’équipe vérifiera qu’il est complet.</translation>
    </message>
    <message>
        <source>Return it</source>
        <translation>Le rendre</translation>
    </message>
    <message>
        <source>You borrowed {kit}</source>
        <translation>Vous avez emprunté {kit}</translation>
    </message>
    <message>
        <source>To return it, scan your card here, tap “Borrow or return a kit” and scan the kit&apos;s label.</source>
        <translation>Pour le rendre, scannez votre carte ici, touchez « Emprunter ou rendre un kit » et scannez l’étiquette du kit.</translation>
    </message>
    <message>
        <source>My kits</source>
        <translation>Mes kits</translation>
    </message>
    <message>
        <source>{kit} is returned. Thank you!</source>
        <translation>{kit} est rendu. Merci !</translation>
    </message>
    <message>
        <source>Please leave it on the returns shelf.</source>
        <translation>Posez-le sur l’étagère des retours, s’il vous plaît.</translation>
    </message>
    <message>
        <source>{kit} can&apos;t be borrowed</source>
        <translation>{kit} ne peut pas être emprunté</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Cela n’a pas fonctionné</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
</context>
<context>
    <name>KitsOnLoanFlow</name>
    <message>
        <source>Kits on loan</source>
        <translation>Kits prêtés</translation>
    </message>
    <message>
        <source>a patron whose data was deleted</source>
        <translation>un usager dont les données ont été effacées</translation>
    </message>
    <message>
        <source>One moment: still busy with the last step.</source>
        <translation>Un instant : l’étape précédente est encore en cours.</translation>
    </message>
    <message>
        <source>Lent to {patron}.</source>
        <translation>Prêté à {patron}.</translation>
    </message>
    <message>
        <source>Free to lend.</source>
        <translation>Disponible au prêt.</translation>
    </message>
    <message>
        <source>This item is not lent out (it is not marked lendable).</source>
        <translation>Cet article ne se prête pas (il n’est pas marqué prêtable).</translation>
    </message>
    <message>
        <source>This kit is retired.</source>
        <translation>Ce kit est retiré du service.</translation>
    </message>
    <message>
        <source>State: {state}.</source>
        <translation>État : {state}.</translation>
    </message>
    <message>
        <source>{kit} is back from {patron}; it waits for a check.</source>
        <translation>{kit} est revenu de chez {patron} ; il attend une vérification.</translation>
    </message>
    <message>
        <source>{kit} is back from {patron} and ready to lend.</source>
        <translation>{kit} est revenu de chez {patron} et peut être prêté.</translation>
    </message>
    <message>
        <source>{kit} is lent to {patron}. {due}.</source>
        <translation>{kit} est prêté à {patron}. {due}.</translation>
    </message>
    <message>
        <source>{kit} is checked and ready to lend.</source>
        <translation>{kit} est vérifié et peut être prêté.</translation>
    </message>
    <message>
        <source>Your account may not lend kits. Please ask an administrator.</source>
        <translation>Votre compte ne peut pas prêter de kits. Demandez à un administrateur.</translation>
    </message>
    <message>
        <source>That is a card. Scan the kit&apos;s label first, then the card.</source>
        <translation>C’est une carte. Scannez d’abord l’étiquette du kit, puis la carte.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>La base de données est injoignable pour le moment. Réessayez.</translation>
    </message>
</context>
<context>
    <name>KitsOnLoanScreen</name>
    <message>
        <source>Kits on loan</source>
        <translation>Kits prêtés</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Retour à la console</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The loans can&apos;t be read right now.</source>
        <translation>Les prêts ne peuvent pas être lus pour le moment.</translation>
    </message>
    <message>
        <source>No kit is out on loan.</source>
        <translation>Aucun kit n’est prêté.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>En retard (%n)</numerusform>
            <numerusform>En retard (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On loan (%n)</source>
        <translation>
            <numerusform>Prêté (%n)</numerusform>
            <numerusform>Prêtés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan a kit&apos;s label to take it back. To lend a kit, scan its label, then the patron&apos;s card.</source>
        <translation>Scannez l’étiquette d’un kit pour le reprendre. Pour prêter un kit, scannez son étiquette, puis la carte de l’usager.</translation>
    </message>
    <message>
        <source>Now scan the card of the patron who takes it.</source>
        <translation>Scannez maintenant la carte de l’usager qui l’emporte.</translation>
    </message>
    <message>
        <source>Take back: complete</source>
        <translation>Reprendre : complet</translation>
    </message>
    <message>
        <source>Take back: needs a check</source>
        <translation>Reprendre : à vérifier</translation>
    </message>
    <message>
        <source>Checked: ready to lend</source>
        <translation>Vérifié : prêt à prêter</translation>
    </message>
    <message>
        <source>Scan another kit</source>
        <translation>Scanner un autre kit</translation>
    </message>
</context>
<context>
    <name>KitsScreen</name>
    <message>
        <source>Borrow or return a kit</source>
        <translation>Emprunter ou rendre un kit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Looking up the kit…</source>
        <translation>Recherche du kit…</translation>
    </message>
    <message>
        <source>Scan the QR label on a kit to borrow it, or to return one you have.</source>
        <translation>Scannez l’étiquette QR d’un kit pour l’emprunter, ou pour rendre un kit que vous avez.</translation>
    </message>
    <message>
        <source>Looking up your kits…</source>
        <translation>Recherche de vos kits…</translation>
    </message>
    <message>
        <source>Your kits can&apos;t be shown right now. Please ask a staff member.</source>
        <translation>Vos kits ne peuvent pas être affichés pour le moment. Demandez à un membre de l’équipe.</translation>
    </message>
    <message>
        <source>You have no kits out.</source>
        <translation>Vous n’avez aucun kit emprunté.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n kit(s) out.</source>
        <translation>
            <numerusform>Vous avez %n kit emprunté.</numerusform>
            <numerusform>Vous avez %n kits empruntés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue. Please bring overdue kits back soon.</source>
        <translation>
            <numerusform>%n en retard. Rapportez vite les kits en retard.</numerusform>
            <numerusform>%n en retard. Rapportez vite les kits en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rendre</translation>
    </message>
    <message>
        <source>Yes, return it</source>
        <translation>Oui, le rendre</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Return it now?</source>
        <translation>Le rendre maintenant ?</translation>
    </message>
</context>
<context>
    <name>LanguagePickerScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>LendingFlow</name>
    <message>
        <source>Borrow or return a kit</source>
        <translation>Emprunter ou rendre un kit</translation>
    </message>
</context>
<context>
    <name>LendingText</name>
    <message>
        <source>That code is not a kit label.</source>
        <translation>Ce code n’est pas une étiquette de kit.</translation>
    </message>
    <message>
        <source>Scan the square QR label stuck on the kit.</source>
        <translation>Scannez l’étiquette QR carrée collée sur le kit.</translation>
    </message>
    <message>
        <source>That is a card, not a kit label.</source>
        <translation>C’est une carte, pas une étiquette de kit.</translation>
    </message>
    <message>
        <source>This label is not one of this library&apos;s labels.</source>
        <translation>Cette étiquette n’est pas une étiquette de cette bibliothèque.</translation>
    </message>
    <message>
        <source>Please show the kit to a staff member.</source>
        <translation>Montrez le kit à un membre de l’équipe.</translation>
    </message>
    <message>
        <source>This kit does not belong to this makerspace.</source>
        <translation>Ce kit n’appartient pas à ce makerspace.</translation>
    </message>
    <message>
        <source>This item is not lent out.</source>
        <translation>Cet article ne se prête pas.</translation>
    </message>
    <message>
        <source>You can use it here in the makerspace.</source>
        <translation>Vous pouvez l’utiliser ici, au makerspace.</translation>
    </message>
    <message>
        <source>This kit is no longer lent out.</source>
        <translation>Ce kit n’est plus prêté.</translation>
    </message>
    <message>
        <source>Please give it to a staff member.</source>
        <translation>Remettez-le à un membre de l’équipe.</translation>
    </message>
    <message>
        <source>This kit is out of order.</source>
        <translation>Ce kit est hors service.</translation>
    </message>
    <message>
        <source>This kit is waiting to be checked by staff.</source>
        <translation>Ce kit attend d’être vérifié par l’équipe.</translation>
    </message>
    <message>
        <source>A staff member can check it and lend it to you.</source>
        <translation>Un membre de l’équipe peut le vérifier et vous le prêter.</translation>
    </message>
    <message>
        <source>This item is booked or in use right now.</source>
        <translation>Cet article est réservé ou utilisé en ce moment.</translation>
    </message>
    <message>
        <source>Please choose another kit, or ask a staff member.</source>
        <translation>Choisissez un autre kit ou demandez à un membre de l’équipe.</translation>
    </message>
    <message>
        <source>This kit is on loan to someone else.</source>
        <translation>Ce kit est prêté à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>This kit is not on loan.</source>
        <translation>Ce kit n’est pas prêté.</translation>
    </message>
    <message>
        <source>Nothing was changed. Please ask a staff member.</source>
        <translation>Rien n’a été modifié. Demandez à un membre de l’équipe.</translation>
    </message>
    <message>
        <source>You already have {limit} kits of this kind out.</source>
        <translation>Vous avez déjà {limit} kits de ce type empruntés.</translation>
    </message>
    <message>
        <source>Return one of them first.</source>
        <translation>Rendez d’abord l’un d’eux.</translation>
    </message>
    <message>
        <source>This kit needs the “{training}” training.</source>
        <translation>Ce kit demande la formation « {training} ».</translation>
    </message>
    <message>
        <source>Ask a staff member when the next training is.</source>
        <translation>Demandez à l’équipe la date de la prochaine formation.</translation>
    </message>
    <message>
        <source>This kit needs a guardian&apos;s consent on file.</source>
        <translation>Ce kit demande le consentement enregistré d’un responsable légal.</translation>
    </message>
    <message>
        <source>A staff member can record it with your guardian.</source>
        <translation>Un membre de l’équipe peut l’enregistrer avec votre responsable légal.</translation>
    </message>
    <message>
        <source>Please accept the makerspace agreement first.</source>
        <translation>Acceptez d’abord l’accord du makerspace.</translation>
    </message>
    <message>
        <source>Tap “Read the agreement”, then scan the kit again.</source>
        <translation>Touchez « Lire l’accord », puis scannez à nouveau le kit.</translation>
    </message>
    <message>
        <source>This card can no longer borrow kits.</source>
        <translation>Cette carte ne permet plus d’emprunter des kits.</translation>
    </message>
    <message>
        <source>Please see a staff member.</source>
        <translation>Adressez-vous à un membre de l’équipe.</translation>
    </message>
    <message>
        <source>That is not a patron&apos;s card.</source>
        <translation>Ce n’est pas la carte d’un usager.</translation>
    </message>
    <message>
        <source>Scan the card of the patron who takes the kit.</source>
        <translation>Scannez la carte de l’usager qui emporte le kit.</translation>
    </message>
    <message>
        <source>A staff member can show it to you to read and accept.</source>
        <translation>Un membre de l’équipe peut vous le montrer pour que vous le lisiez et l’acceptiez.</translation>
    </message>
    <message>
        <source>That could not be saved just now.</source>
        <translation>Cela n’a pas pu être enregistré pour le moment.</translation>
    </message>
    <message>
        <source>Nothing was changed. Please try again, or ask a staff member.</source>
        <translation>Rien n’a été modifié. Réessayez ou demandez à un membre de l’équipe.</translation>
    </message>
    <message>
        <source>Overdue: it was due back on {date}</source>
        <translation>En retard : à rendre le {date}</translation>
    </message>
    <message>
        <source>Due back today</source>
        <translation>À rendre aujourd’hui</translation>
    </message>
    <message>
        <source>Due back by {date}</source>
        <translation>À rendre avant le {date}</translation>
    </message>
</context>
<context>
    <name>LengthScreen</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Plus court</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Plus long</translation>
    </message>
    <message>
        <source>Use it now: how long do you need it?</source>
        <translation>Utiliser maintenant : pour combien de temps ?</translation>
    </message>
    <message>
        <source>Start using it</source>
        <translation>Commencer à l’utiliser</translation>
    </message>
    <message>
        <source>{day} from {time}: how long?</source>
        <translation>{day} à partir de {time} : pour combien de temps ?</translation>
    </message>
    <message>
        <source>Book it</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Until {time}</source>
        <translation>Jusqu’à {time}</translation>
    </message>
    <message>
        <source>From {shortest} to {longest}, in steps of {step}.</source>
        <translation>De {shortest} à {longest}, par tranches de {step}.</translation>
    </message>
</context>
<context>
    <name>MachineBoard</name>
    <message>
        <source>Machines right now</source>
        <translation>Les machines en ce moment</translation>
    </message>
    <message>
        <source>More machines: scan your card to see them all.</source>
        <translation>Plus de machines : scannez votre carte pour les voir toutes.</translation>
    </message>
</context>
<context>
    <name>MachineScreen</name>
    <message>
        <source>Free: tap to book</source>
        <translation>Libre : touchez pour réserver</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Use it now</source>
        <translation>Utiliser maintenant</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Needs the “{training}” training</source>
        <translation>Demande la formation « {training} »</translation>
    </message>
    <message>
        <source>Out of order: it can&apos;t be booked right now.</source>
        <translation>En panne : elle ne peut pas être réservée pour l’instant.</translation>
    </message>
    <message>
        <source>Staff are checking it after the last use.</source>
        <translation>Le personnel la vérifie après la dernière utilisation.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>De {first} à {last}</translation>
    </message>
</context>
<context>
    <name>MachineSessionFlow</name>
    <message>
        <source>Your time starts at {time}. Please come back then.</source>
        <translation>Votre créneau commence à {time}. Revenez à ce moment-là, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Your time ended at {time}. You can book a new time.</source>
        <translation>Votre créneau s&apos;est terminé à {time}. Vous pouvez en réserver un autre.</translation>
    </message>
    <message>
        <source>The machine is still in use until {time}. Please see a staff member.</source>
        <translation>La machine est encore utilisée jusqu&apos;à {time}. Adressez-vous à un membre du personnel.</translation>
    </message>
    <message>
        <source>The machine is waiting for a check by staff. Please see a staff member.</source>
        <translation>La machine attend une vérification par le personnel. Adressez-vous à un membre du personnel.</translation>
    </message>
    <message>
        <source>This booking can&apos;t be started now. Please see a staff member.</source>
        <translation>Cette réservation ne peut pas commencer maintenant. Adressez-vous à un membre du personnel.</translation>
    </message>
</context>
<context>
    <name>MachineSessionScreen</name>
    <message>
        <source>It is jammed or stuck</source>
        <translation>Elle est coincée ou bloquée</translation>
    </message>
    <message>
        <source>It does not heat up</source>
        <translation>Elle ne chauffe pas</translation>
    </message>
    <message>
        <source>Something is broken</source>
        <translation>Quelque chose est cassé</translation>
    </message>
    <message>
        <source>Parts or tools are missing</source>
        <translation>Il manque des pièces ou des outils</translation>
    </message>
    <message>
        <source>It needs cleaning</source>
        <translation>Elle doit être nettoyée</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Five minutes left. Please start finishing up.</source>
        <translation>Plus que cinq minutes. Commencez à terminer, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>{machine}: one moment, please.</source>
        <translation>{machine} : un instant, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Unlocked until {time}</source>
        <translation>Déverrouillée jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>{machine} is ready for you. It switches off by itself at {time}.</source>
        <translation>{machine} est prête. Elle s&apos;éteindra d&apos;elle-même à {time}.</translation>
    </message>
    <message>
        <source>Kept on until the print finishes</source>
        <translation>Reste allumée jusqu&apos;à la fin de l&apos;impression</translation>
    </message>
    <message>
        <source>Your time is up, but {machine} is still printing. It stays on until the print finishes, then switches off.</source>
        <translation>Votre temps est écoulé, mais {machine} imprime encore. Elle reste allumée jusqu&apos;à la fin de l&apos;impression, puis s&apos;éteint.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>{machine} is switched off. Thank you!</source>
        <translation>{machine} est éteinte. Merci !</translation>
    </message>
    <message>
        <source>The machine did not unlock.</source>
        <translation>La machine ne s&apos;est pas déverrouillée.</translation>
    </message>
    <message>
        <source>Please see a staff member.</source>
        <translation>Adressez-vous à un membre du personnel.</translation>
    </message>
    <message>
        <source>Your session can&apos;t start</source>
        <translation>Votre séance ne peut pas commencer</translation>
    </message>
    <message>
        <source>What is wrong with {machine}?</source>
        <translation>Quel est le problème avec {machine} ?</translation>
    </message>
    <message>
        <source>Tap what fits best. Staff will take a look.</source>
        <translation>Touchez ce qui correspond le mieux. Le personnel viendra voir.</translation>
    </message>
    <message>
        <source>Thank you for telling us</source>
        <translation>Merci de nous l&apos;avoir signalé</translation>
    </message>
    <message>
        <source>Staff will check {machine} before anyone uses it again.</source>
        <translation>Le personnel vérifiera {machine} avant que quelqu&apos;un ne l&apos;utilise à nouveau.</translation>
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
        <translation>Réservée</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>Needs a check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>no such relay controller</source>
        <translation>aucun contrôleur de relais de ce nom</translation>
    </message>
    <message>
        <source>controller not connected</source>
        <translation>contrôleur non connecté</translation>
    </message>
    <message>
        <source>no answer from the controller</source>
        <translation>pas de réponse du contrôleur</translation>
    </message>
    <message>
        <source>refused by the controller</source>
        <translation>refusé par le contrôleur</translation>
    </message>
    <message>
        <source>the emergency stop is pressed</source>
        <translation>l&apos;arrêt d&apos;urgence est enfoncé</translation>
    </message>
    <message>
        <source>the controller shows it off</source>
        <translation>le contrôleur l&apos;indique éteinte</translation>
    </message>
    <message>
        <source>the time had run out</source>
        <translation>le temps était déjà écoulé</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Machines</translation>
    </message>
    <message>
        <source>{time}: {what}</source>
        <translation>{time} : {what}</translation>
    </message>
    <message>
        <source>{relay} channel {channel}</source>
        <translation>{relay} canal {channel}</translation>
    </message>
    <message>
        <source>No relay</source>
        <translation>Sans relais</translation>
    </message>
    <message>
        <source>On while the print runs</source>
        <translation>Allumée pendant l&apos;impression</translation>
    </message>
    <message>
        <source>On until {time}</source>
        <translation>Allumée jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>Off, session until {time}</source>
        <translation>Éteinte, séance jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Éteinte</translation>
    </message>
    <message>
        <source>{time} {where}: the unlock was not confirmed ({problem}).</source>
        <translation>{time} {where} : le déverrouillage n&apos;a pas été confirmé ({problem}).</translation>
    </message>
    <message>
        <source>{time} {where}: the lock was not confirmed ({problem}); retrying.</source>
        <translation>{time} {where} : le verrouillage n&apos;a pas été confirmé ({problem}) ; nouvel essai.</translation>
    </message>
    <message>
        <source>{time} {where}: locked; the end of its session is not saved yet (the database can&apos;t be reached). Trying again.</source>
        <translation>{time} {where} : verrouillé ; la fin de sa session n&apos;est pas encore enregistrée (base de données injoignable). Nouvel essai en cours.</translation>
    </message>
    <message>
        <source>{time} {where}: found off after a controller restart; switched on again.</source>
        <translation>{time} {where} : trouvée éteinte après un redémarrage du contrôleur ; rallumée.</translation>
    </message>
    <message>
        <source>{time} {where}: found off after a controller restart; could not switch it on.</source>
        <translation>{time} {where} : trouvée éteinte après un redémarrage du contrôleur ; impossible de la rallumer.</translation>
    </message>
    <message>
        <source>{time} {where}: found on though nothing should be; locked.</source>
        <translation>{time} {where} : trouvée allumée sans raison ; verrouillée.</translation>
    </message>
    <message>
        <source>No relay controller is configured on this kiosk.</source>
        <translation>Aucun contrôleur de relais n&apos;est configuré sur cette borne.</translation>
    </message>
    <message>
        <source>Unlocking {name}…</source>
        <translation>Déverrouillage de {name}…</translation>
    </message>
    <message>
        <source>{name} is unlocked until {time}.</source>
        <translation>{name} est déverrouillée jusqu&apos;à {time}.</translation>
    </message>
    <message>
        <source>{name} did not unlock: {problem}.</source>
        <translation>{name} ne s&apos;est pas déverrouillée : {problem}.</translation>
    </message>
    <message>
        <source>Locking {name}…</source>
        <translation>Verrouillage de {name}…</translation>
    </message>
    <message>
        <source>{name} is locked.</source>
        <translation>{name} est verrouillée.</translation>
    </message>
    <message>
        <source>{name}: the lock was not confirmed ({problem}). Check it by hand.</source>
        <translation>{name} : le verrouillage n&apos;a pas été confirmé ({problem}). Vérifiez-la sur place.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>{name}: {state}.</source>
        <translation>{name} : {state}.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>Votre compte ne permet pas de faire cela. Demandez à un administrateur.</translation>
    </message>
    <message>
        <source>That can&apos;t be done for this machine ({code}).</source>
        <translation>Impossible pour cette machine ({code}).</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>La base de données est injoignable pour le moment. Réessayez.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>Cela n&apos;a pas fonctionné. Réessayez.</translation>
    </message>
</context>
<context>
    <name>MachinesScreen</name>
    <message>
        <source>Machines</source>
        <translation>Machines</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Retour à la console</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No machines with a relay or a booking calendar yet.</source>
        <translation>Aucune machine avec relais ou calendrier de réservation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Reported problems:</source>
        <translation>Problèmes signalés :</translation>
    </message>
    <message>
        <source>No problems reported.</source>
        <translation>Aucun problème signalé.</translation>
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
            <numerusform>Déverrouiller %n minute</numerusform>
            <numerusform>Déverrouiller %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>Checked: free</source>
        <translation>Vérifiée : libre</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>We don&apos;t know this card yet</source>
        <translation>Nous ne connaissons pas encore cette carte</translation>
    </message>
    <message>
        <source>This card is not registered at this library. Please ask a staff member to set it up for you.</source>
        <translation>Cette carte n’est pas enregistrée dans cette bibliothèque. Demandez au personnel de l’activer pour vous.</translation>
    </message>
    <message>
        <source>This card can&apos;t be used any more</source>
        <translation>Cette carte ne peut plus servir</translation>
    </message>
    <message>
        <source>It may have been replaced or reported lost. Please ask a staff member for a new card.</source>
        <translation>Elle a peut-être été remplacée ou déclarée perdue. Demandez une nouvelle carte au personnel.</translation>
    </message>
    <message>
        <source>This card isn&apos;t one of ours</source>
        <translation>Cette carte ne vient pas de chez nous</translation>
    </message>
    <message>
        <source>The code could not be confirmed as a card from this library. Please ask a staff member to check your card.</source>
        <translation>Ce code ne correspond pas à une carte de cette bibliothèque. Demandez au personnel de vérifier votre carte.</translation>
    </message>
    <message>
        <source>That scan didn&apos;t work</source>
        <translation>Le scan n’a pas marché</translation>
    </message>
    <message>
        <source>Please hold the QR code steady under the scanner and try again. If it still doesn&apos;t work, a staff member can help.</source>
        <translation>Tenez le code QR immobile sous le lecteur et réessayez. Si cela ne marche toujours pas, le personnel peut vous aider.</translation>
    </message>
    <message>
        <source>Please use your makerspace card</source>
        <translation>Utilisez votre carte du makerspace</translation>
    </message>
    <message>
        <source>That is a library borrowing card. This kiosk reads the square QR code on your makerspace card. No makerspace card yet? A staff member can give you one.</source>
        <translation>C’est une carte de prêt de la bibliothèque. Cette borne lit le code QR carré de votre carte du makerspace. Pas encore de carte ? Le personnel peut vous en donner une.</translation>
    </message>
    <message>
        <source>This is a kit label</source>
        <translation>Ceci est l’étiquette d’un kit</translation>
    </message>
    <message>
        <source>Scan your card first, then choose “Borrow or return a kit” and scan this label again.</source>
        <translation>Scannez d’abord votre carte, puis choisissez « Emprunter ou rendre un kit » et scannez à nouveau cette étiquette.</translation>
    </message>
    <message>
        <source>Please see a staff member</source>
        <translation>Adressez-vous au personnel</translation>
    </message>
    <message>
        <source>The kiosk can&apos;t check you in right now. It&apos;s not your card: a staff member can help you.</source>
        <translation>La borne ne peut pas enregistrer votre arrivée pour le moment. Votre carte n’y est pour rien : le personnel peut vous aider.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>This screen closes by itself after a while.</source>
        <translation>Cet écran se ferme tout seul après un moment.</translation>
    </message>
    <message>
        <source>Ask a staff member</source>
        <translation>Demandez au personnel</translation>
    </message>
    <message>
        <source>Makerspace card</source>
        <translation>Carte du makerspace</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
</context>
<context>
    <name>PrintQueueFlow</name>
    <message>
        <source>Print queue</source>
        <translation>File d’impression</translation>
    </message>
    <message>
        <source>Pausing {printer}…</source>
        <translation>Mise en pause de {printer}…</translation>
    </message>
    <message>
        <source>Resuming {printer}…</source>
        <translation>Reprise de {printer}…</translation>
    </message>
    <message>
        <source>{printer} is connected again.</source>
        <translation>{printer} est de nouveau connectée.</translation>
    </message>
    <message>
        <source>Emergency stop sent to {printer}.</source>
        <translation>Arrêt d’urgence envoyé à {printer}.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Queued again.</source>
        <translation>Remis dans la file.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>Votre compte ne permet pas de faire cela. Demandez à un administrateur.</translation>
    </message>
    <message>
        <source>That did not work: {reason}.</source>
        <translation>Cela n’a pas marché : {reason}.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>La base de données est injoignable pour le moment. Réessayez.</translation>
    </message>
    <message>
        <source>The printer did not do it: {reason}</source>
        <translation>L’imprimante ne l’a pas fait : {reason}</translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message>
        <source>The printer restarted during the print</source>
        <translation>L’imprimante a redémarré pendant l’impression</translation>
    </message>
    <message>
        <source>The printer halted</source>
        <translation>L’imprimante s’est arrêtée</translation>
    </message>
    <message>
        <source>Emergency stop</source>
        <translation>Arrêt d’urgence</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The printer reported a fault</source>
        <translation>L’imprimante a signalé une panne</translation>
    </message>
    <message>
        <source>The printer refused the file</source>
        <translation>L’imprimante a refusé le fichier</translation>
    </message>
    <message>
        <source>The printer could not be reached</source>
        <translation>L’imprimante était injoignable</translation>
    </message>
    <message>
        <source>The file is missing</source>
        <translation>Le fichier est introuvable</translation>
    </message>
    <message>
        <source>It would have run past closing time</source>
        <translation>Elle aurait dépassé l’heure de fermeture</translation>
    </message>
    <message>
        <source>It would have run into a booking of the printer</source>
        <translation>Elle aurait empiété sur une réservation de l’imprimante</translation>
    </message>
    <message>
        <source>The kiosk stopped during the print</source>
        <translation>La borne s’est arrêtée pendant l’impression</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connectée</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>impression</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>occupée</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>demande une intervention</translation>
    </message>
    <message>
        <source>stopped: reset it on the printer, then reconnect</source>
        <translation>arrêtée : réinitialisez-la sur l’imprimante, puis reconnectez</translation>
    </message>
    <message>
        <source>power only</source>
        <translation>alimentation seule</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Plateau</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>Caisson</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>File d’impression</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Retour à la console</translation>
    </message>
    <message>
        <source>Cancel print</source>
        <translation>Annuler l’impression</translation>
    </message>
    <message>
        <source>Reconnect printer</source>
        <translation>Reconnecter l’imprimante</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed or cancelled</source>
        <translation>Échouées ou annulées</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>No printers are configured.</source>
        <translation>Aucune imprimante n’est configurée.</translation>
    </message>
    <message>
        <source>{printer}: {state}</source>
        <translation>{printer} : {state}</translation>
    </message>
    <message>
        <source>No print running.</source>
        <translation>Aucune impression en cours.</translation>
    </message>
    <message>
        <source>{file} · {percent}%</source>
        <translation>{file} · {percent} %</translation>
    </message>
    <message>
        <source>{file} · sending to the printer</source>
        <translation>{file} · envoi à l’imprimante</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>environ {minutes} min restantes</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Nozzle</source>
        <translation>Buse</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Imprimer à nouveau</translation>
    </message>
</context>
<context>
    <name>PrintRefusal</name>
    <message>
        <source>It would still be printing at closing time ({closes}).</source>
        <translation>L&apos;impression serait encore en cours à la fermeture ({closes}).</translation>
    </message>
    <message>
        <source>The library is closed that day.</source>
        <translation>La bibliothèque est fermée ce jour-là.</translation>
    </message>
    <message>
        <source>It would run into a booking of the printer from {start} to {end}.</source>
        <translation>Elle empiéterait sur une réservation de l&apos;imprimante de {start} à {end}.</translation>
    </message>
    <message>
        <source>This project&apos;s G-code is not approved for printing.</source>
        <translation>Le G-code de ce projet n&apos;est pas approuvé pour l&apos;impression.</translation>
    </message>
    <message>
        <source>{printer} takes no jobs from the kiosk: start the print on the printer itself.</source>
        <translation>{printer} ne reçoit pas de travaux de la borne : lancez l&apos;impression sur l&apos;imprimante elle-même.</translation>
    </message>
    <message>
        <source>{printer} is not a printer of this queue.</source>
        <translation>{printer} n&apos;est pas une imprimante de cette file.</translation>
    </message>
    <message>
        <source>This job can&apos;t be printed now. {reasons}</source>
        <translation>Ce travail ne peut pas être imprimé maintenant. {reasons}</translation>
    </message>
</context>
<context>
    <name>ProjectReviewsFlow</name>
    <message>
        <source>Project reviews</source>
        <translation>Examen des projets</translation>
    </message>
    <message>
        <source>Write what should change before returning it.</source>
        <translation>Écrivez ce qui doit changer avant de le renvoyer.</translation>
    </message>
    <message>
        <source>Approved: the makers hear it at their next check-in.</source>
        <translation>Approuvé : les auteurs l&apos;apprendront à leur prochaine arrivée.</translation>
    </message>
    <message>
        <source>Returned: the makers see your feedback at check-in.</source>
        <translation>Renvoyé : les auteurs verront vos remarques à leur arrivée.</translation>
    </message>
    <message>
        <source>Rejected: the makers hear it at their next check-in.</source>
        <translation>Refusé : les auteurs l&apos;apprendront à leur prochaine arrivée.</translation>
    </message>
    <message>
        <source>Only G-code can be attached as the sliced file.</source>
        <translation>Seul un G-code peut être joint comme fichier tranché.</translation>
    </message>
    <message>
        <source>%1 is in the queue of %2.</source>
        <translation>%1 est dans la file de %2.</translation>
    </message>
    <message>
        <source>Hidden from the showcase.</source>
        <translation>Masqué de la vitrine.</translation>
    </message>
    <message>
        <source>Back in the showcase.</source>
        <translation>De retour dans la vitrine.</translation>
    </message>
</context>
<context>
    <name>ProjectReviewsScreen</name>
    <message>
        <source>Project reviews</source>
        <translation>Examen des projets</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Retour à la console</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No projects are waiting for review.</source>
        <translation>Aucun projet n&apos;attend d&apos;examen.</translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation>Pas encore de projets.</translation>
    </message>
    <message>
        <source>%1 (minor)</source>
        <translation>%1 (mineur)</translation>
    </message>
    <message>
        <source>Shared in the showcase</source>
        <translation>Partagé dans la vitrine</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Hidden from the showcase</source>
        <translation>Masqué de la vitrine</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <translation>Fait par : %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Last feedback: %1</source>
        <translation>Dernières remarques : %1</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
    <message>
        <source>sliced by staff</source>
        <translation>tranché par le personnel</translation>
    </message>
    <message>
        <source>Sliced G-code to attach: %1</source>
        <translation>G-code tranché à joindre : %1</translation>
    </message>
    <message>
        <source>Attach G-code from a USB stick</source>
        <translation>Joindre un G-code (USB)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Feedback for the makers</source>
        <translation>Remarques pour les auteurs</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Return with feedback</source>
        <translation>Renvoyer avec remarques</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Print %1 on:</source>
        <translation>Imprimer %1 sur :</translation>
    </message>
    <message>
        <source>Send to the print queue</source>
        <translation>Envoyer à la file d&apos;impression</translation>
    </message>
    <message>
        <source>Show in the showcase again</source>
        <translation>Remettre dans la vitrine</translation>
    </message>
    <message>
        <source>Hide from the showcase</source>
        <translation>Masquer de la vitrine</translation>
    </message>
</context>
<context>
    <name>ProjectText</name>
    <message>
        <source>Waiting for review</source>
        <translation>En attente d&apos;examen</translation>
    </message>
    <message>
        <source>Returned with feedback</source>
        <translation>Renvoyé avec des remarques</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Non accepté</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>En impression</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Others may look, not copy</source>
        <translation>Les autres peuvent regarder, pas copier</translation>
    </message>
    <message>
        <source>Others may copy it if they name you</source>
        <translation>Les autres peuvent le copier en te citant</translation>
    </message>
    <message>
        <source>Others may copy it, name you and share alike</source>
        <translation>Copie permise en te citant, partage à l&apos;identique</translation>
    </message>
    <message>
        <source>Others may copy it, but not to sell</source>
        <translation>Copie permise, mais pas pour le vendre</translation>
    </message>
    <message>
        <source>Free for anyone, no conditions</source>
        <translation>Libre pour tous, sans condition</translation>
    </message>
    <message>
        <source>All rights reserved</source>
        <translation>Tous droits réservés</translation>
    </message>
    <message>
        <source>Model: %1 × %2 × %3 mm</source>
        <translation>Modèle : %1 × %2 × %3 mm</translation>
    </message>
    <message>
        <source>Your print of &quot;%1&quot; is ready! Ask at the desk.</source>
        <translation>Ton impression de « %1 » est prête ! Demande à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Your project &quot;%1&quot; was approved.</source>
        <translation>Ton projet « %1 » a été approuvé.</translation>
    </message>
    <message>
        <source>Your project &quot;%1&quot; was returned with feedback.</source>
        <translation>Ton projet « %1 » t&apos;a été renvoyé avec des remarques.</translation>
    </message>
    <message>
        <source>Your project &quot;%1&quot; was not accepted.</source>
        <translation>Ton projet « %1 » n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>Staff say: %1</source>
        <translation>Le personnel dit : %1</translation>
    </message>
    <message>
        <source>A guardian&apos;s consent is needed before a minor&apos;s project can be shared. Choose &quot;Just us and staff&quot; or ask a staff member.</source>
        <translation>Le consentement d&apos;un parent est nécessaire pour partager le projet d&apos;un mineur. Choisis « Nous et le personnel » ou demande au personnel.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>Votre compte ne peut pas faire cela. Demandez à un administrateur.</translation>
    </message>
    <message>
        <source>Someone changed this meanwhile. Please look again.</source>
        <translation>Quelqu&apos;un l&apos;a modifié entre-temps. Regardez à nouveau.</translation>
    </message>
    <message>
        <source>That was not found. It may have been removed.</source>
        <translation>Introuvable. Il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>That did not work: %1.</source>
        <translation>Cela n&apos;a pas marché : %1.</translation>
    </message>
    <message>
        <source>The kiosk can&apos;t save this right now. Please try again or see a staff member.</source>
        <translation>La borne ne peut pas l&apos;enregistrer pour l&apos;instant. Réessaie ou va voir le personnel.</translation>
    </message>
    <message>
        <source>It would still be printing at closing time.</source>
        <translation>L&apos;impression serait encore en cours à la fermeture.</translation>
    </message>
    <message>
        <source>The library is closed that day.</source>
        <translation>La bibliothèque est fermée ce jour-là.</translation>
    </message>
    <message>
        <source>It would run into someone&apos;s booking of the printer.</source>
        <translation>Elle empiéterait sur une réservation de l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Only approved G-code of this project can be printed.</source>
        <translation>Seul le G-code approuvé de ce projet peut être imprimé.</translation>
    </message>
    <message>
        <source>That printer is not in the print queue.</source>
        <translation>Cette imprimante n&apos;est pas dans la file d&apos;impression.</translation>
    </message>
    <message>
        <source>That printer is only switched on and off; it takes no jobs.</source>
        <translation>Cette imprimante est seulement allumée et éteinte ; elle ne prend pas de travaux.</translation>
    </message>
    <message>
        <source>The print queue did not take it.</source>
        <translation>La file d&apos;impression ne l&apos;a pas accepté.</translation>
    </message>
</context>
<context>
    <name>RefusedScreen</name>
    <message>
        <source>The booking could not be saved just now. Please try again, or ask a staff member.</source>
        <translation>La réservation n’a pas pu être enregistrée. Réessayez ou demandez au personnel.</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Choisir un autre horaire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Read the agreement</source>
        <translation>Lire l’accord</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>{item} can&apos;t be booked like this</source>
        <translation>{item} ne peut pas être réservé ainsi</translation>
    </message>
</context>
<context>
    <name>ReservationsScreen</name>
    <message>
        <source>My reservations</source>
        <translation>Mes réservations</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Looking up your reservations…</source>
        <translation>Recherche de vos réservations…</translation>
    </message>
    <message>
        <source>Your reservations can&apos;t be shown right now. Please ask a staff member.</source>
        <translation>Vos réservations ne peuvent pas être affichées pour l’instant. Demandez au personnel.</translation>
    </message>
    <message>
        <source>You have no reservations coming up.</source>
        <translation>Vous n’avez aucune réservation à venir.</translation>
    </message>
    <message>
        <source>Your booking of {item} is cancelled.</source>
        <translation>Votre réservation de {item} est annulée.</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>En cours d’utilisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Oui, l’annuler</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Cancel this booking?</source>
        <translation>Annuler cette réservation ?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
</context>
<context>
    <name>ShowcasePanel</name>
    <message>
        <source>Made here: %1</source>
        <translation>Fait ici : %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>Image de %1</translation>
    </message>
</context>
<context>
    <name>StaffConsoleFlow</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>a deleted staff account</source>
        <translation>un compte du personnel supprimé</translation>
    </message>
    <message>
        <source>{name}: locked out after wrong PINs at {time}</source>
        <translation>{name} : bloqué après des codes PIN faux à {time}</translation>
    </message>
    <message>
        <source>{name}: locked out after wrong PINs at {time}, until {until}</source>
        <translation>{name} : bloqué après des codes PIN faux à {time}, jusqu&apos;à {until}</translation>
    </message>
    <message>
        <source>Locking every machine…</source>
        <translation>Verrouillage de toutes les machines…</translation>
    </message>
    <message numerus="yes">
        <source>Every machine is locked: %n controller(s) confirmed.</source>
        <translation>
            <numerusform>Toutes les machines sont verrouillées : %n contrôleur l’a confirmé.</numerusform>
            <numerusform>Toutes les machines sont verrouillées : %n contrôleurs l’ont confirmé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not confirmed by: {names}. Check those machines by hand.</source>
        <translation>Sans confirmation : {names}. Vérifiez ces machines à la main.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>Votre compte ne permet pas de faire cela. Demandez à un administrateur.</translation>
    </message>
    <message>
        <source>That did not work: {reason}.</source>
        <translation>Cela n’a pas marché : {reason}.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>La base de données est injoignable pour le moment. Réessayez.</translation>
    </message>
    <message>
        <source>One moment: the card before is still being set up.</source>
        <translation>Un instant : la carte précédente est encore en cours de configuration.</translation>
    </message>
    <message>
        <source>Close the console before checking anyone in.</source>
        <translation>Fermez la console avant d’enregistrer une arrivée.</translation>
    </message>
    <message>
        <source>Please type the patron&apos;s name first.</source>
        <translation>Tapez d’abord le nom de l’usager.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Connexion du personnel</translation>
    </message>
    <message>
        <source>Hello, {name}. Enter your PIN to open the staff console.</source>
        <translation>Bonjour, {name}. Saisissez votre code PIN pour ouvrir la console du personnel.</translation>
    </message>
    <message>
        <source>Enter your PIN to open the staff console.</source>
        <translation>Saisissez votre code PIN pour ouvrir la console du personnel.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Digits typed so far, shown as dots</source>
        <translation>Chiffres déjà saisis, affichés en points</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Please enter your PIN first.</source>
        <translation>Saisissez d’abord votre code PIN.</translation>
    </message>
    <message>
        <source>A PIN is digits only. Please enter your PIN.</source>
        <translation>Le code PIN ne contient que des chiffres. Saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>Wrong PIN. One attempt left.</source>
        <translation>Code PIN incorrect. Il reste un essai.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempts left.</source>
        <translation>
            <numerusform>Code PIN incorrect. Il reste %n essai.</numerusform>
            <numerusform>Code PIN incorrect. Il reste %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Code PIN incorrect. Réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. This account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Trop de codes PIN incorrects. Ce compte est bloqué encore %n minute.</numerusform>
            <numerusform>Trop de codes PIN incorrects. Ce compte est bloqué encore %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please try again later.</source>
        <translation>Trop de codes PIN incorrects. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>This staff card is not recognised.</source>
        <translation>Cette carte du personnel n’est pas reconnue.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be checked right now. Please try again.</source>
        <translation>Impossible de vérifier le code PIN pour le moment. Réessayez.</translation>
    </message>
</context>
<context>
    <name>StaffToolsScreen</name>
    <message>
        <source>Staff tools</source>
        <translation>Outils du personnel</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Retour à la console</translation>
    </message>
</context>
<context>
    <name>StepperRow</name>
    <message>
        <source>previous</source>
        <translation>précédent</translation>
    </message>
    <message>
        <source>next</source>
        <translation>suivant</translation>
    </message>
    <message>
        <source>less</source>
        <translation>moins</translation>
    </message>
    <message>
        <source>more</source>
        <translation>plus</translation>
    </message>
</context>
<context>
    <name>SubmitProjectFlow</name>
    <message>
        <source>Submit a project</source>
        <translation>Proposer un projet</translation>
    </message>
    <message>
        <source>Please give your project a title.</source>
        <translation>Donne un titre à ton projet.</translation>
    </message>
    <message>
        <source>That&apos;s enough tags: take one off first.</source>
        <translation>Assez d&apos;étiquettes : retires-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>A project can have %1 people at most.</source>
        <translation>Un projet peut avoir %1 personnes au plus.</translation>
    </message>
    <message>
        <source>%1 is already on this project.</source>
        <translation>%1 fait déjà partie de ce projet.</translation>
    </message>
    <message>
        <source>%1 joined the project.</source>
        <translation>%1 a rejoint le projet.</translation>
    </message>
    <message>
        <source>That is not a makerspace card. Please scan the QR code on the card.</source>
        <translation>Ce n&apos;est pas une carte du makerspace. Scanne le code QR de la carte.</translation>
    </message>
    <message>
        <source>That card does not belong to a patron. Please see a staff member.</source>
        <translation>Cette carte n&apos;appartient à aucun usager. Va voir le personnel.</translation>
    </message>
    <message>
        <source>That file is already added.</source>
        <translation>Ce fichier est déjà ajouté.</translation>
    </message>
</context>
<context>
    <name>SubmitProjectScreen</name>
    <message>
        <source>Submit a project</source>
        <translation>Proposer un projet</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>What is your project called?</source>
        <translation>Comment s&apos;appelle ton projet ?</translation>
    </message>
    <message>
        <source>Tell us about it in a sentence or two</source>
        <translation>Décris-le en une ou deux phrases</translation>
    </message>
    <message>
        <source>What is it about? Tap up to %1 tags.</source>
        <translation>De quoi parle-t-il ? Touche jusqu&apos;à %1 étiquettes.</translation>
    </message>
    <message>
        <source>Or add your own tag</source>
        <translation>Ou ajoute ta propre étiquette</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Made it with friends? Each of them scans their card now.</source>
        <translation>Fait avec des amis ? Chacun scanne sa carte maintenant.</translation>
    </message>
    <message>
        <source>Who may see your project?</source>
        <translation>Qui peut voir ton projet ?</translation>
    </message>
    <message>
        <source>Just us and staff</source>
        <translation>Nous et le personnel</translation>
    </message>
    <message>
        <source>The library&apos;s showcase</source>
        <translation>La vitrine de la bibliothèque</translation>
    </message>
    <message>
        <source>The showcase shows first names only. Each of you may choose a nickname instead:</source>
        <translation>La vitrine n&apos;affiche que les prénoms. Chacun peut choisir un surnom à la place :</translation>
    </message>
    <message>
        <source>May others copy your design?</source>
        <translation>Les autres peuvent-ils copier ton modèle ?</translation>
    </message>
    <message>
        <source>Add your model, G-code or a photo from a USB stick (optional).</source>
        <translation>Ajoute ton modèle, ton G-code ou une photo depuis une clé USB (facultatif).</translation>
    </message>
    <message>
        <source>Print estimates for:</source>
        <translation>Estimations pour :</translation>
    </message>
    <message>
        <source>Add a file from a USB stick</source>
        <translation>Ajouter un fichier d&apos;une clé USB</translation>
    </message>
    <message>
        <source>Thank you! Your project is sent.</source>
        <translation>Merci ! Ton projet est envoyé.</translation>
    </message>
    <message>
        <source>Staff will look at it soon. You will see what they say the next time you check in.</source>
        <translation>Le personnel va le regarder bientôt. Tu verras sa réponse à ta prochaine arrivée.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Submit project</source>
        <translation>Envoyer le projet</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (toi)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1 is shown as</source>
        <translation>%1 apparaît comme</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre : %1</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <translation>Fait par : %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Shared in the library&apos;s showcase as: %1</source>
        <translation>Partagé dans la vitrine de la bibliothèque sous : %1</translation>
    </message>
    <message>
        <source>Only you and staff see it.</source>
        <translation>Seuls vous et le personnel le voyez.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence : %1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers : %1</translation>
    </message>
    <message>
        <source>No files added.</source>
        <translation>Aucun fichier ajouté.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>check-in</source>
        <translation>passage à l&apos;accueil</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>réservation</translation>
    </message>
    <message>
        <source>booking pause</source>
        <translation>pause des réservations</translation>
    </message>
    <message>
        <source>kit loan</source>
        <translation>prêt de kit</translation>
    </message>
    <message>
        <source>machine session</source>
        <translation>session de machine</translation>
    </message>
    <message>
        <source>problem report</source>
        <translation>signalement de problème</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>project member</source>
        <translation>membre de projet</translation>
    </message>
    <message>
        <source>project tag</source>
        <translation>étiquette de projet</translation>
    </message>
    <message>
        <source>project file</source>
        <translation>fichier de projet</translation>
    </message>
    <message>
        <source>project review</source>
        <translation>examen de projet</translation>
    </message>
    <message>
        <source>patron notice</source>
        <translation>avis à l&apos;usager</translation>
    </message>
    <message>
        <source>print job</source>
        <translation>tâche d&apos;impression</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>entrée du journal d&apos;audit</translation>
    </message>
    <message>
        <source>patron</source>
        <translation>usager</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>staff account</source>
        <translation>compte du personnel</translation>
    </message>
    <message>
        <source>machine or kit</source>
        <translation>machine ou kit</translation>
    </message>
    <message>
        <source>training record</source>
        <translation>dossier de formation</translation>
    </message>
    <message>
        <source>the central store&apos;s server refused the connection. Library IT can check its address and firewall.</source>
        <translation>le serveur du dépôt central a refusé la connexion. L&apos;informatique de la bibliothèque peut vérifier son adresse et son pare-feu.</translation>
    </message>
    <message>
        <source>the central store&apos;s server cannot be reached. Library IT can check the network and its address.</source>
        <translation>le serveur du dépôt central est injoignable. L&apos;informatique de la bibliothèque peut vérifier le réseau et son adresse.</translation>
    </message>
    <message>
        <source>the connection to the central store was lost during the sync.</source>
        <translation>la connexion au dépôt central a été perdue pendant la synchronisation.</translation>
    </message>
    <message>
        <source>the central store did not answer in time.</source>
        <translation>le dépôt central n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>the central store refused this kiosk&apos;s login. Library IT can check its user name and password.</source>
        <translation>le dépôt central a refusé l&apos;identification de cette borne. L&apos;informatique de la bibliothèque peut vérifier son nom d&apos;utilisateur et son mot de passe.</translation>
    </message>
    <message>
        <source>the central store&apos;s address names a database that does not exist. Library IT can check central_url.</source>
        <translation>l&apos;adresse du dépôt central désigne une base de données qui n&apos;existe pas. L&apos;informatique de la bibliothèque peut vérifier central_url.</translation>
    </message>
    <message>
        <source>the secure connection to the central store failed. Library IT can check its certificates.</source>
        <translation>la connexion sécurisée au dépôt central a échoué. L&apos;informatique de la bibliothèque peut vérifier ses certificats.</translation>
    </message>
    <message>
        <source>the central store&apos;s address in the configuration file is not valid. Library IT can check central_url.</source>
        <translation>l&apos;adresse du dépôt central dans le fichier de configuration n&apos;est pas valide. L&apos;informatique de la bibliothèque peut vérifier central_url.</translation>
    </message>
    <message>
        <source>the database at that address is not a central store yet. Library IT runs makerspace-kiosk central init there.</source>
        <translation>la base de données à cette adresse n&apos;est pas encore un dépôt central. L&apos;informatique de la bibliothèque y lance makerspace-kiosk central init.</translation>
    </message>
    <message>
        <source>the central store&apos;s version ({central}) is newer than this kiosk&apos;s ({kiosk}). The kiosk software here needs an update.</source>
        <translation>la version du dépôt central ({central}) est plus récente que celle de cette borne ({kiosk}). Le logiciel de la borne doit être mis à jour ici.</translation>
    </message>
    <message>
        <source>the central store&apos;s version ({central}) is older than this kiosk&apos;s ({kiosk}). Library IT runs makerspace-kiosk central init with this version.</source>
        <translation>la version du dépôt central ({central}) est plus ancienne que celle de cette borne ({kiosk}). L&apos;informatique de la bibliothèque lance makerspace-kiosk central init avec cette version.</translation>
    </message>
    <message>
        <source>this kiosk has not joined the central store yet.</source>
        <translation>cette borne n&apos;est pas encore reliée au dépôt central.</translation>
    </message>
    <message>
        <source>the central store does not know this kiosk (it may have been reset). Library IT joins it again; nothing here is lost.</source>
        <translation>le dépôt central ne connaît pas cette borne (il a peut-être été réinitialisé). L&apos;informatique de la bibliothèque la relie de nouveau ; rien n&apos;est perdu ici.</translation>
    </message>
    <message>
        <source>the central store has shut this kiosk out. Please ask Library IT.</source>
        <translation>le dépôt central a exclu cette borne. Adressez-vous à l&apos;informatique de la bibliothèque.</translation>
    </message>
    <message>
        <source>something went wrong. Library IT finds the details in the kiosk&apos;s log.</source>
        <translation>un problème est survenu. L&apos;informatique de la bibliothèque trouvera les détails dans le journal de la borne.</translation>
    </message>
    <message>
        <source>the machine was already booked for that time.</source>
        <translation>la machine était déjà réservée pour ce créneau.</translation>
    </message>
    <message>
        <source>it clashes with a record made elsewhere meanwhile (a card number already taken, a kit already lent out).</source>
        <translation>elle entre en conflit avec un enregistrement fait ailleurs entre-temps (un numéro de carte déjà pris, un kit déjà prêté).</translation>
    </message>
    <message>
        <source>it refers to a record that is not there (removed meanwhile, perhaps).</source>
        <translation>elle renvoie à un enregistrement absent (supprimé entre-temps, peut-être).</translation>
    </message>
    <message>
        <source>a value in it is missing or not allowed.</source>
        <translation>une valeur y manque ou n&apos;est pas autorisée.</translation>
    </message>
    <message>
        <source>the database did not accept it.</source>
        <translation>la base de données ne l&apos;a pas acceptée.</translation>
    </message>
    <message>
        <source>This kiosk works on its own</source>
        <translation>Cette borne fonctionne seule</translation>
    </message>
    <message>
        <source>Not joined to the central store</source>
        <translation>Non reliée au dépôt central</translation>
    </message>
    <message>
        <source>Connecting to the central store…</source>
        <translation>Connexion au dépôt central…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>No central store is set up, so everything stays on this kiosk.</source>
        <translation>Aucun dépôt central n&apos;est configuré : tout reste sur cette borne.</translation>
    </message>
    <message>
        <source>Library IT can connect it with [sync] central_url in the configuration file.</source>
        <translation>L&apos;informatique de la bibliothèque peut la relier avec [sync] central_url dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>Library IT joins this kiosk once with: makerspace-kiosk terminal join --branch CODE</source>
        <translation>L&apos;informatique relie cette borne une fois avec : makerspace-kiosk terminal join --branch CODE</translation>
    </message>
    <message>
        <source>Until then it works on its own and keeps every change.</source>
        <translation>D&apos;ici là, elle fonctionne seule et garde chaque modification.</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation : {when}</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisée.</translation>
    </message>
    <message>
        <source>Why: {error}</source>
        <translation>Pourquoi : {error}</translation>
    </message>
    <message>
        <source>It keeps working and tries again at {when}.</source>
        <translation>Elle continue de fonctionner et réessaie à {when}.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {count}</source>
        <translation>Modifications en attente d&apos;envoi : {count}</translation>
    </message>
    <message>
        <source>Offline since {when}</source>
        <translation>Hors ligne depuis {when}</translation>
    </message>
    <message>
        <source>changes waiting: {count}</source>
        <translation>modifications en attente : {count}</translation>
    </message>
    <message>
        <source>Central store: {state} · {waiting}</source>
        <translation>Dépôt central : {state} · {waiting}</translation>
    </message>
    <message>
        <source>conflicts to review: {count}</source>
        <translation>conflits à examiner : {count}</translation>
    </message>
    <message>
        <source>{item}, {day} {start}–{end}</source>
        <translation>{item}, {day} {start}–{end}</translation>
    </message>
    <message>
        <source>a patron</source>
        <translation>un usager</translation>
    </message>
    <message>
        <source>another kiosk</source>
        <translation>une autre borne</translation>
    </message>
    <message>
        <source>{patron}, booked at {terminal}</source>
        <translation>{patron}, réservé à {terminal}</translation>
    </message>
    <message>
        <source>Two bookings of the same machine clashed</source>
        <translation>Deux réservations de la même machine se chevauchent</translation>
    </message>
    <message>
        <source>Booking clash: {span}</source>
        <translation>Réservations en conflit : {span}</translation>
    </message>
    <message>
        <source>Change refused: {what}, a new record</source>
        <translation>Modification refusée : {what}, un nouvel enregistrement</translation>
    </message>
    <message>
        <source>Change refused: {what}, a removal</source>
        <translation>Modification refusée : {what}, une suppression</translation>
    </message>
    <message>
        <source>Change refused: {what}, an edit</source>
        <translation>Modification refusée : {what}, une correction</translation>
    </message>
    <message>
        <source>Stands: {who}</source>
        <translation>Maintenue : {who}</translation>
    </message>
    <message>
        <source>Stands: a booking made at another kiosk (not on this kiosk yet)</source>
        <translation>Maintenue : une réservation faite à une autre borne (pas encore sur celle-ci)</translation>
    </message>
    <message>
        <source>Not kept: {who}, while offline</source>
        <translation>Non maintenue : {who}, hors ligne</translation>
    </message>
    <message>
        <source>Not kept: a booking made while offline</source>
        <translation>Non maintenue : une réservation faite hors ligne</translation>
    </message>
    <message>
        <source>The patron is told at their next check-in.</source>
        <translation>L&apos;usager sera prévenu à son prochain passage.</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Pourquoi : {reason}</translation>
    </message>
    <message>
        <source>From: {terminal}</source>
        <translation>Depuis : {terminal}</translation>
    </message>
    <message>
        <source>Everything else was kept. Please check this record by hand.</source>
        <translation>Tout le reste a été gardé. Vérifiez cet enregistrement à la main.</translation>
    </message>
    <message>
        <source>Your booking of {item} on {day} at {time} could not be kept: the machine was booked at another kiosk while this one was offline. Please book another time.</source>
        <translation>Votre réservation de {item} le {day} à {time} n&apos;a pas pu être gardée : la machine a été réservée à une autre borne pendant que celle-ci était hors ligne. Merci de réserver un autre créneau.</translation>
    </message>
</context>
<context>
    <name>SyncToolFlow</name>
    <message>
        <source>Network &amp; sync</source>
        <translation>Réseau et synchronisation</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>Synced at {when}.</source>
        <translation>Synchronisée à {when}.</translation>
    </message>
    <message>
        <source>The sync did not run: this kiosk is not joined yet.</source>
        <translation>La synchronisation n&apos;a pas eu lieu : cette borne n&apos;est pas encore reliée.</translation>
    </message>
    <message>
        <source>The sync did not work at {when}. The kiosk keeps every change.</source>
        <translation>La synchronisation a échoué à {when}. La borne garde chaque modification.</translation>
    </message>
    <message>
        <source>Marked resolved.</source>
        <translation>Marqué comme résolu.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>Votre compte ne peut pas faire cela. Demandez à un administrateur.</translation>
    </message>
    <message>
        <source>That conflict is no longer listed.</source>
        <translation>Ce conflit n&apos;est plus dans la liste.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>La base de données est injoignable pour le moment. Réessayez.</translation>
    </message>
</context>
<context>
    <name>SyncToolScreen</name>
    <message>
        <source>Network &amp; sync</source>
        <translation>Réseau et synchronisation</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Retour à la console</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Conflicts to review: {count}</source>
        <translation>Conflits à examiner : {count}</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Aucun conflit à examiner.</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <source>Capital letters</source>
        <translation>Majuscules</translation>
    </message>
    <message>
        <source>More letters and marks</source>
        <translation>Autres lettres et signes</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Effacer la dernière lettre</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Letters with accents</source>
        <translation>Lettres accentuées</translation>
    </message>
    <message>
        <source>Arabic letters</source>
        <translation>Lettres arabes</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Lettres latines</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done typing</source>
        <translation>Fin de la saisie</translation>
    </message>
</context>
<context>
    <name>TrainingsFlow</name>
    <message>
        <source>Trainings &amp; consent</source>
        <translation>Formations et consentement</translation>
    </message>
    <message>
        <source>One moment: still busy with the last step.</source>
        <translation>Un instant : l&apos;étape précédente est encore en cours.</translation>
    </message>
    <message>
        <source>Certified on {training} until {date}.</source>
        <translation>Certifié pour {training} jusqu&apos;au {date}.</translation>
    </message>
    <message>
        <source>Certified on {training}.</source>
        <translation>Certifié pour {training}.</translation>
    </message>
    <message>
        <source>Certification on {training} revoked.</source>
        <translation>Certification pour {training} retirée.</translation>
    </message>
    <message>
        <source>Guardian consent recorded.</source>
        <translation>Consentement du responsable légal enregistré.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Consentement retiré.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>Votre compte ne permet pas de faire cela. Demandez à un administrateur.</translation>
    </message>
    <message>
        <source>That did not work: {reason}.</source>
        <translation>Cela n’a pas marché : {reason}.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>La base de données est injoignable pour le moment. Réessayez.</translation>
    </message>
</context>
<context>
    <name>TrainingsScreen</name>
    <message>
        <source>✓ Certified</source>
        <translation>✓ Certifié</translation>
    </message>
    <message>
        <source>✓ Certified until {date}</source>
        <translation>✓ Certifié jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>Expired on {date}</source>
        <translation>Expiré le {date}</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Non certifié</translation>
    </message>
    <message>
        <source>Trainings &amp; consent</source>
        <translation>Formations et consentement</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>Retour à la console</translation>
    </message>
    <message>
        <source>Scan the patron&apos;s card, or find them by name.</source>
        <translation>Scannez la carte de l&apos;usager, ou cherchez-le par son nom.</translation>
    </message>
    <message>
        <source>The patron&apos;s name</source>
        <translation>Nom de l’usager</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Nobody found with that name.</source>
        <translation>Aucun usager à ce nom.</translation>
    </message>
    <message>
        <source>{name} (under 18)</source>
        <translation>{name} (moins de 18 ans)</translation>
    </message>
    <message>
        <source>Guardian consent on file since {date}.</source>
        <translation>Consentement du responsable légal enregistré depuis le {date}.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>No guardian consent on file: this minor cannot book machines yet.</source>
        <translation>Aucun consentement du responsable légal : ce mineur ne peut pas encore réserver de machines.</translation>
    </message>
    <message>
        <source>No guardian consent on file (not needed for adults).</source>
        <translation>Aucun consentement du responsable légal (inutile pour les adultes).</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>Tap a training to certify the patron on it.</source>
        <translation>Touchez une formation pour y certifier l&apos;usager.</translation>
    </message>
    <message>
        <source>No trainings yet. An administrator adds them with &apos;makerspace-kiosk training add&apos;.</source>
        <translation>Aucune formation pour l&apos;instant. Un administrateur les ajoute avec « makerspace-kiosk training add ».</translation>
    </message>
    <message>
        <source>Another patron</source>
        <translation>Un autre usager</translation>
    </message>
    <message>
        <source>Certify {name} on {training}?</source>
        <translation>Certifier {name} pour {training} ?</translation>
    </message>
    <message>
        <source>The certification does not expire.</source>
        <translation>La certification n&apos;expire pas.</translation>
    </message>
    <message numerus="yes">
        <source>The certification is valid for %n month(s).</source>
        <translation>
            <numerusform>La certification est valable %n mois.</numerusform>
            <numerusform>La certification est valable %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certify again</source>
        <translation>Certifier à nouveau</translation>
    </message>
    <message>
        <source>Certify</source>
        <translation>Certifier</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>UsbPickerScreen</name>
    <message>
        <source>This file is too large for the kiosk.</source>
        <translation>Ce fichier est trop volumineux pour la borne.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Ce fichier est vide.</translation>
    </message>
    <message>
        <source>The kiosk does not take this kind of file. It takes 3D models (STL, 3MF, OBJ), G-code, Arduino sketches, photos (PNG, JPEG), PDF and SVG.</source>
        <translation>La borne n’accepte pas ce type de fichier. Elle accepte les modèles 3D (STL, 3MF, OBJ), le G-code, les croquis Arduino, les photos (PNG, JPEG), les PDF et les SVG.</translation>
    </message>
    <message>
        <source>This file is damaged and cannot be read.</source>
        <translation>Ce fichier est endommagé et illisible.</translation>
    </message>
    <message>
        <source>This file is incomplete: it was cut short when it was saved.</source>
        <translation>Ce fichier est incomplet : il a été tronqué lors de l’enregistrement.</translation>
    </message>
    <message>
        <source>This file unpacks to far more than it holds; it is refused.</source>
        <translation>Ce fichier se décompresse en bien plus qu’il ne contient ; il est refusé.</translation>
    </message>
    <message>
        <source>This file&apos;s name is not allowed.</source>
        <translation>Le nom de ce fichier n’est pas autorisé.</translation>
    </message>
    <message>
        <source>This is a link to something outside the USB stick.</source>
        <translation>Ceci est un lien vers quelque chose en dehors de la clé USB.</translation>
    </message>
    <message>
        <source>This is not a file the kiosk can copy.</source>
        <translation>Ce n’est pas un fichier que la borne peut copier.</translation>
    </message>
    <message>
        <source>The USB stick could not be read. Was it pulled out? Plug it in and try again.</source>
        <translation>La clé USB n’a pas pu être lue. A-t-elle été retirée ? Rebranchez-la et réessayez.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s disk is full. Please see a staff member.</source>
        <translation>Le disque de la borne est plein. Veuillez vous adresser à un membre du personnel.</translation>
    </message>
    <message>
        <source>The kiosk could not save the file. Please see a staff member.</source>
        <translation>La borne n’a pas pu enregistrer le fichier. Veuillez vous adresser à un membre du personnel.</translation>
    </message>
    <message>
        <source>This file cannot be used.</source>
        <translation>Ce fichier ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>Croquis</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
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
        <translation>Durée d’impression : environ %1</translation>
    </message>
    <message>
        <source>Filament: %1 m, %2 g</source>
        <translation>Filament : %1 m, %2 g</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Couches : %1</translation>
    </message>
    <message>
        <source>Size: %1 × %2 × %3 mm</source>
        <translation>Taille : %1 × %2 × %3 mm</translation>
    </message>
    <message>
        <source>Fits the printer %1.</source>
        <translation>Tient dans l’imprimante %1.</translation>
    </message>
    <message>
        <source>Does NOT fit the printer %1.</source>
        <translation>Ne tient PAS dans l’imprimante %1.</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop volumineux</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>non accepté</translation>
    </message>
    <message>
        <source>outside the stick</source>
        <translation>hors de la clé</translation>
    </message>
    <message>
        <source>name not allowed</source>
        <translation>nom non autorisé</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Looking for a USB stick…</source>
        <translation>Recherche d’une clé USB…</translation>
    </message>
    <message>
        <source>No USB stick found</source>
        <translation>Aucune clé USB trouvée</translation>
    </message>
    <message>
        <source>Choose your USB stick</source>
        <translation>Choisissez votre clé USB</translation>
    </message>
    <message>
        <source>Pick a file from your USB stick</source>
        <translation>Choisissez un fichier sur votre clé USB</translation>
    </message>
    <message>
        <source>Copying your file…</source>
        <translation>Copie de votre fichier…</translation>
    </message>
    <message>
        <source>Is this the right file?</source>
        <translation>Est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>Ce fichier ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>Plug a USB stick into the kiosk: it will show here by itself.</source>
        <translation>Branchez une clé USB sur la borne : elle s’affichera ici d’elle-même.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un instant…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Cancel copy</source>
        <translation>Annuler la copie</translation>
    </message>
    <message>
        <source>Pick another file</source>
        <translation>Choisir un autre fichier</translation>
    </message>
    <message>
        <source>Use this file</source>
        <translation>Utiliser ce fichier</translation>
    </message>
    <message>
        <source>Model: %1 × %2 × %3 mm</source>
        <translation>Modèle : %1 × %2 × %3 mm</translation>
    </message>
</context>
<context>
    <name>WaiverFlow</name>
    <message>
        <source>The agreement was just updated. Please read the new version.</source>
        <translation>L&apos;accord vient d&apos;être mis à jour. Veuillez lire la nouvelle version.</translation>
    </message>
    <message>
        <source>That did not work. Please try again, or ask a staff member.</source>
        <translation>Cela n&apos;a pas fonctionné. Réessayez, ou demandez à un membre du personnel.</translation>
    </message>
</context>
<context>
    <name>WaiverScreen</name>
    <message>
        <source>Before you use the machines</source>
        <translation>Avant d&apos;utiliser les machines</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un instant…</translation>
    </message>
    <message>
        <source>Please read the makerspace agreement (version {version}). A parent or guardian reads and accepts it with you.</source>
        <translation>Lis l&apos;accord du makerspace (version {version}). Un parent ou responsable légal le lit et l&apos;accepte avec toi.</translation>
    </message>
    <message>
        <source>Please read the makerspace agreement (version {version}). Scroll to read it all.</source>
        <translation>Veuillez lire l&apos;accord du makerspace (version {version}). Faites défiler pour tout lire.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>I accept</source>
        <translation>J&apos;accepte</translation>
    </message>
    <message>
        <source>The agreement&apos;s text</source>
        <translation>Le texte de l&apos;accord</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome, {name}!</source>
        <translation>Bienvenue, {name} !</translation>
    </message>
    <message>
        <source>You&apos;re checked in, {time}.</source>
        <translation>Votre arrivée est enregistrée, {time}.</translation>
    </message>
    <message>
        <source>You&apos;re already checked in today (since {time}).</source>
        <translation>Votre arrivée est déjà enregistrée aujourd’hui (depuis {time}).</translation>
    </message>
    <message>
        <source>News for you</source>
        <translation>Des nouvelles pour toi</translation>
    </message>
    <message>
        <source>Your reservations today</source>
        <translation>Vos réservations aujourd’hui</translation>
    </message>
    <message>
        <source>{time}  {item}</source>
        <translation>{time}  {item}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>The library is closed on {day} ({reason}): your booking of {item} at {time} can&apos;t go ahead. Please book another day.</source>
        <translation>La bibliothèque est fermée le {day} ({reason}) : votre réservation de {item} à {time} ne peut pas avoir lieu. Veuillez réserver un autre jour.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
</context>
</TS>
