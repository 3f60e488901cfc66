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
    <name>CardPrint</name>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
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
    <name>KioskWindow</name>
    <message>
        <source>Makerspace Kiosk</source>
        <translation>Borne du makerspace</translation>
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
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
</context>
</TS>
