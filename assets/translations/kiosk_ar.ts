<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccessibilityScreen</name>
    <message>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <source>Changes last until you finish. Tap again to turn off.</source>
        <translation>تبقى التغييرات حتى تنتهي. المس مرة أخرى لإيقافها.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
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
        <translation>اللغة: {name}</translation>
    </message>
    <message>
        <source>{library} · {branch}</source>
        <translation>{library} · {branch}</translation>
    </message>
    <message>
        <source>Scan your card</source>
        <translation>امسح بطاقتك</translation>
    </message>
    <message>
        <source>Hold the QR code on your makerspace card under the scanner.</source>
        <translation>ضع رمز QR الموجود على بطاقة مساحة الابتكار تحت الماسح.</translation>
    </message>
    <message>
        <source>Demo: simulate a scan (F2)</source>
        <translation>عرض تجريبي: محاكاة مسح (F2)</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <source>A card held under the scanner</source>
        <translation>بطاقة موضوعة تحت الماسح</translation>
    </message>
</context>
<context>
    <name>CardPrint</name>
    <message>
        <source>Card number</source>
        <translation>رقم البطاقة</translation>
    </message>
</context>
<context>
    <name>CardSetupScreen</name>
    <message>
        <source>Set up a card</source>
        <translation>إعداد بطاقة</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>العودة إلى لوحة التحكم</translation>
    </message>
    <message>
        <source>Scan the card to set up now.</source>
        <translation>امسح الآن البطاقة التي تريد إعدادها.</translation>
    </message>
    <message>
        <source>Card scanned at {time}.</source>
        <translation>مُسحت البطاقة الساعة {time}.</translation>
    </message>
    <message>
        <source>The patron&apos;s name</source>
        <translation>اسم المستفيد</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>New patron with this card</source>
        <translation>مستفيد جديد بهذه البطاقة</translation>
    </message>
    <message>
        <source>Nobody found with that name.</source>
        <translation>لا يوجد أحد بهذا الاسم.</translation>
    </message>
    <message>
        <source>Name (as the patron wants it shown)</source>
        <translation>الاسم (كما يريد المستفيد أن يظهر)</translation>
    </message>
    <message>
        <source>Year of birth (optional; tells us about minors)</source>
        <translation>سنة الميلاد (اختياري، لمعرفة القاصرين)</translation>
    </message>
    <message>
        <source>Register and set up the card</source>
        <translation>تسجيل بهذه البطاقة</translation>
    </message>
    <message>
        <source>The card now belongs to {name}. Their next scan checks them in.</source>
        <translation>البطاقة الآن باسم {name}. في المسح التالي يُسجَّل حضوره.</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>سنة الميلاد</translation>
    </message>
</context>
<context>
    <name>CheckingScreen</name>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>لحظة من فضلك.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>انتظر من فضلك</translation>
    </message>
</context>
<context>
    <name>ConsoleScreen</name>
    <message>
        <source>Patron checked in</source>
        <translation>سُجّل حضور مستفيد</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>بطاقة موظف</translation>
    </message>
    <message>
        <source>Unknown card</source>
        <translation>بطاقة غير معروفة</translation>
    </message>
    <message>
        <source>Revoked card</source>
        <translation>بطاقة ملغاة</translation>
    </message>
    <message>
        <source>Card not from this library</source>
        <translation>بطاقة ليست من هذه المكتبة</translation>
    </message>
    <message>
        <source>Unreadable scan</source>
        <translation>مسح غير مقروء</translation>
    </message>
    <message>
        <source>Library barcode</source>
        <translation>باركود المكتبة</translation>
    </message>
    <message>
        <source>Could not check in (database)</source>
        <translation>تعذّر تسجيل الحضور (قاعدة البيانات)</translation>
    </message>
    <message>
        <source>Close console</source>
        <translation>إغلاق لوحة التحكم</translation>
    </message>
    <message>
        <source>Set up a card</source>
        <translation>إعداد بطاقة</translation>
    </message>
    <message>
        <source>Lock all machines</source>
        <translation>قفل كل الآلات</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>الخروج من الجهاز</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Recent scans at this kiosk</source>
        <translation>آخر عمليات المسح في هذا الجهاز</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Staff console</source>
        <translation>لوحة تحكم الموظفين</translation>
    </message>
    <message>
        <source>Staff console · {name}</source>
        <translation>لوحة تحكم الموظفين · {name}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <source>Checked in today: {today}
In now: {now} (checked in within {hours} h)</source>
        <translation>الحضور اليوم: {today}
الموجودون الآن: {now} (خلال {hours} ساعة)</translation>
    </message>
    <message>
        <source>No scans since the kiosk started.</source>
        <translation>لا توجد عمليات مسح منذ تشغيل الجهاز.</translation>
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
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>relay controller</source>
        <translation>وحدة تحكم المرحّلات</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>طابعة</translation>
    </message>
    <message>
        <source>card scanner</source>
        <translation>قارئ البطاقات</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>يعيد الاتصال</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>عطل</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message>
        <source>I need more time</source>
        <translation>أحتاج إلى وقت أطول</translation>
    </message>
    <message>
        <source>Still there? Back to the start in 1 second.</source>
        <translation>هل ما زلت هنا؟ نعود إلى البداية بعد ثانية واحدة.</translation>
    </message>
    <message numerus="yes">
        <source>Still there? Back to the start in %n seconds.</source>
        <translation>
            <numerusform>هل ما زلت هنا؟ نعود إلى البداية الآن.</numerusform>
            <numerusform>هل ما زلت هنا؟ نعود إلى البداية بعد ثانية واحدة.</numerusform>
            <numerusform>هل ما زلت هنا؟ نعود إلى البداية بعد ثانيتين.</numerusform>
            <numerusform>هل ما زلت هنا؟ نعود إلى البداية بعد %n ثوانٍ.</numerusform>
            <numerusform>هل ما زلت هنا؟ نعود إلى البداية بعد %n ثانية.</numerusform>
            <numerusform>هل ما زلت هنا؟ نعود إلى البداية بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCards</name>
    <message>
        <source>{name} (card {number}, revoked)</source>
        <translation>{name} (البطاقة {number}، ملغاة)</translation>
    </message>
    <message>
        <source>{name} (card {number})</source>
        <translation>{name} (البطاقة {number})</translation>
    </message>
    <message>
        <source>Staff card: {name}</source>
        <translation>بطاقة موظف: {name}</translation>
    </message>
    <message>
        <source>A forged card (altered code)</source>
        <translation>بطاقة مزوّرة (رمز معدَّل)</translation>
    </message>
    <message>
        <source>A garbage scan</source>
        <translation>مسح عشوائي</translation>
    </message>
</context>
<context>
    <name>DemoPickerScreen</name>
    <message>
        <source>Demo: simulate a scan</source>
        <translation>عرض تجريبي: محاكاة مسح</translation>
    </message>
    <message>
        <source>Tap a demo card. Its code goes through the same path as a real scanner. (Shortcut: F2)</source>
        <translation>المس بطاقة تجريبية. يمرّ رمزها بالطريق نفسه الذي يمرّ به رمز الماسح الحقيقي. (اختصار: F2)</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <source>Demo cards</source>
        <translation>بطاقات تجريبية</translation>
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
        <translation>أُعيد تشغيل وحدة التحكم؛ كل القنوات مقفلة</translation>
    </message>
    <message>
        <source>channel {channel}: unlock not confirmed, locking it again</source>
        <translation>القناة {channel}: لم يُؤكَّد فتح القفل، يجري القفل من جديد</translation>
    </message>
    <message>
        <source>channel {channel}: locked again after an unconfirmed unlock</source>
        <translation>القناة {channel}: أُقفلت من جديد بعد فتح قفل غير مؤكَّد</translation>
    </message>
    <message>
        <source>emergency stop pressed: every channel locked</source>
        <translation>ضُغط زر إيقاف الطوارئ: كل القنوات مقفلة</translation>
    </message>
    <message>
        <source>the controller lost the kiosk&apos;s heartbeat and locked</source>
        <translation>فقدت وحدة التحكم نبض الكشك وأقفلت</translation>
    </message>
    <message>
        <source>job {job} failed: {reason}</source>
        <translation>فشلت المهمة {job}: {reason}</translation>
    </message>
    <message>
        <source>emergency stop: its power was cut ({reason})</source>
        <translation>إيقاف طارئ: قُطعت الكهرباء عنها ({reason})</translation>
    </message>
    <message>
        <source>emergency stop: its power relay did not switch off ({reason}); switch it off by hand</source>
        <translation>إيقاف طارئ: لم يفصل مرحّل الكهرباء ({reason})؛ أطفئها يدويًا</translation>
    </message>
    <message>
        <source>emergency stop asked ({reason}), but no power relay is set up for it; switch it off by hand</source>
        <translation>طُلب إيقاف طارئ ({reason})، لكن لا يوجد مرحّل كهرباء لها؛ أطفئها يدويًا</translation>
    </message>
    <message>
        <source>Card scanner</source>
        <translation>قارئ البطاقات</translation>
    </message>
    <message>
        <source>nothing is connected at {port}</source>
        <translation>لا شيء موصول على {port}</translation>
    </message>
    <message>
        <source>channels still on: {channels}</source>
        <translation>قنوات لا تزال تعمل: {channels}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Makerspace Kiosk</source>
        <translation>جهاز مساحة الابتكار</translation>
    </message>
</context>
<context>
    <name>LanguagePickerScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>We don&apos;t know this card yet</source>
        <translation>لا نعرف هذه البطاقة بعد</translation>
    </message>
    <message>
        <source>This card is not registered at this library. Please ask a staff member to set it up for you.</source>
        <translation>هذه البطاقة غير مسجّلة في هذه المكتبة. اطلب من أحد الموظفين أن يُعدّها لك.</translation>
    </message>
    <message>
        <source>This card can&apos;t be used any more</source>
        <translation>لم يعد ممكنًا استخدام هذه البطاقة</translation>
    </message>
    <message>
        <source>It may have been replaced or reported lost. Please ask a staff member for a new card.</source>
        <translation>ربما استُبدلت أو أُبلغ عن فقدانها. اطلب بطاقة جديدة من أحد الموظفين.</translation>
    </message>
    <message>
        <source>This card isn&apos;t one of ours</source>
        <translation>هذه البطاقة ليست من بطاقاتنا</translation>
    </message>
    <message>
        <source>The code could not be confirmed as a card from this library. Please ask a staff member to check your card.</source>
        <translation>لم نتمكن من التأكد أن هذا الرمز من بطاقة لهذه المكتبة. اطلب من أحد الموظفين أن يفحص بطاقتك.</translation>
    </message>
    <message>
        <source>That scan didn&apos;t work</source>
        <translation>لم ينجح المسح</translation>
    </message>
    <message>
        <source>Please hold the QR code steady under the scanner and try again. If it still doesn&apos;t work, a staff member can help.</source>
        <translation>ثبّت رمز QR تحت الماسح وحاول مرة أخرى. إذا لم ينجح، يمكن لأحد الموظفين أن يساعدك.</translation>
    </message>
    <message>
        <source>Please use your makerspace card</source>
        <translation>استخدم بطاقة مساحة الابتكار</translation>
    </message>
    <message>
        <source>That is a library borrowing card. This kiosk reads the square QR code on your makerspace card. No makerspace card yet? A staff member can give you one.</source>
        <translation>هذه بطاقة إعارة من المكتبة. هذا الجهاز يقرأ رمز QR المربّع على بطاقة مساحة الابتكار. ليست لديك بطاقة بعد؟ يمكن لأحد الموظفين أن يعطيك واحدة.</translation>
    </message>
    <message>
        <source>Please see a staff member</source>
        <translation>تحدّث إلى أحد الموظفين</translation>
    </message>
    <message>
        <source>The kiosk can&apos;t check you in right now. It&apos;s not your card: a staff member can help you.</source>
        <translation>لا يستطيع الجهاز تسجيل حضورك الآن. المشكلة ليست في بطاقتك: يمكن لأحد الموظفين أن يساعدك.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>This screen closes by itself after a while.</source>
        <translation>تُغلق هذه الشاشة وحدها بعد قليل.</translation>
    </message>
    <message>
        <source>Ask a staff member</source>
        <translation>اسأل أحد الموظفين</translation>
    </message>
    <message>
        <source>Makerspace card</source>
        <translation>بطاقة مساحة الابتكار</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تنبيه</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Clear</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>حذف آخر رقم</translation>
    </message>
</context>
<context>
    <name>StaffConsoleFlow</name>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>a deleted staff account</source>
        <translation>حساب موظف محذوف</translation>
    </message>
    <message>
        <source>{name}: locked out after wrong PINs at {time}</source>
        <translation>{name}: أُغلق بعد أرقام PIN خاطئة في {time}</translation>
    </message>
    <message>
        <source>{name}: locked out after wrong PINs at {time}, until {until}</source>
        <translation>{name}: أُغلق بعد أرقام PIN خاطئة في {time}، حتى {until}</translation>
    </message>
    <message>
        <source>Locking every machine…</source>
        <translation>جارٍ قفل كل الآلات…</translation>
    </message>
    <message numerus="yes">
        <source>Every machine is locked: %n controller(s) confirmed.</source>
        <translation>
            <numerusform>كل الآلات مقفلة: لم تؤكّد ذلك أي وحدة تحكم.</numerusform>
            <numerusform>كل الآلات مقفلة: أكّدت ذلك وحدة تحكم واحدة.</numerusform>
            <numerusform>كل الآلات مقفلة: أكّدت ذلك وحدتا تحكم.</numerusform>
            <numerusform>كل الآلات مقفلة: أكّدت ذلك %n وحدات تحكم.</numerusform>
            <numerusform>كل الآلات مقفلة: أكّدت ذلك %n وحدة تحكم.</numerusform>
            <numerusform>كل الآلات مقفلة: أكّدت ذلك %n وحدة تحكم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not confirmed by: {names}. Check those machines by hand.</source>
        <translation>لم تؤكّد: {names}. افحص هذه الآلات يدويًا.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>لا يسمح حسابك بهذا. اطلب ذلك من أحد المسؤولين.</translation>
    </message>
    <message>
        <source>That did not work: {reason}.</source>
        <translation>لم ينجح ذلك: {reason}.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>لا يمكن الوصول إلى قاعدة البيانات الآن. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>One moment: the card before is still being set up.</source>
        <translation>لحظة من فضلك: لا يزال إعداد البطاقة السابقة جاريًا.</translation>
    </message>
    <message>
        <source>Close the console before checking anyone in.</source>
        <translation>أغلق لوحة التحكم قبل تسجيل حضور أي شخص.</translation>
    </message>
    <message>
        <source>Please type the patron&apos;s name first.</source>
        <translation>اكتب اسم المستفيد أولًا.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>دخول الموظفين</translation>
    </message>
    <message>
        <source>Hello, {name}. Enter your PIN to open the staff console.</source>
        <translation>مرحبًا {name}. أدخل رمز PIN لفتح لوحة تحكم الموظفين.</translation>
    </message>
    <message>
        <source>Enter your PIN to open the staff console.</source>
        <translation>أدخل رمز PIN لفتح لوحة تحكم الموظفين.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Digits typed so far, shown as dots</source>
        <translation>الأرقام المكتوبة حتى الآن، تظهر كنقاط</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Please enter your PIN first.</source>
        <translation>أدخل رمز PIN أولًا.</translation>
    </message>
    <message>
        <source>A PIN is digits only. Please enter your PIN.</source>
        <translation>رمز PIN أرقام فقط. أدخل رمز PIN الخاص بك.</translation>
    </message>
    <message>
        <source>Wrong PIN. One attempt left.</source>
        <translation>رمز PIN خاطئ. بقيت محاولة واحدة.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempts left.</source>
        <translation>
            <numerusform>رمز PIN خاطئ. لم تبقَ محاولات.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت محاولة واحدة.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت محاولتان.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت %n محاولات.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت %n محاولة.</numerusform>
            <numerusform>رمز PIN خاطئ. بقيت %n محاولة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>رمز PIN خاطئ. حاول مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. This account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>رموز PIN خاطئة كثيرة. هذا الحساب مقفل لأقل من دقيقة.</numerusform>
            <numerusform>رموز PIN خاطئة كثيرة. هذا الحساب مقفل لدقيقة واحدة أخرى.</numerusform>
            <numerusform>رموز PIN خاطئة كثيرة. هذا الحساب مقفل لدقيقتين أخريين.</numerusform>
            <numerusform>رموز PIN خاطئة كثيرة. هذا الحساب مقفل لـ %n دقائق أخرى.</numerusform>
            <numerusform>رموز PIN خاطئة كثيرة. هذا الحساب مقفل لـ %n دقيقة أخرى.</numerusform>
            <numerusform>رموز PIN خاطئة كثيرة. هذا الحساب مقفل لـ %n دقيقة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please try again later.</source>
        <translation>رموز PIN خاطئة كثيرة. حاول لاحقًا.</translation>
    </message>
    <message>
        <source>This staff card is not recognised.</source>
        <translation>لم نتعرّف على بطاقة الموظف هذه.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be checked right now. Please try again.</source>
        <translation>لا يمكن التحقق من رمز PIN الآن. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <source>Capital letters</source>
        <translation>حروف كبيرة</translation>
    </message>
    <message>
        <source>More letters and marks</source>
        <translation>حروف وعلامات أخرى</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>حذف آخر حرف</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Letters with accents</source>
        <translation>حروف بعلامات</translation>
    </message>
    <message>
        <source>Arabic letters</source>
        <translation>حروف عربية</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>حروف لاتينية</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Done typing</source>
        <translation>انتهيت من الكتابة</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome, {name}!</source>
        <translation>أهلًا بك يا {name}!</translation>
    </message>
    <message>
        <source>You&apos;re checked in, {time}.</source>
        <translation>تم تسجيل حضورك، {time}.</translation>
    </message>
    <message>
        <source>You&apos;re already checked in today (since {time}).</source>
        <translation>حضورك مسجّل اليوم بالفعل (منذ {time}).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>تم تسجيل الحضور</translation>
    </message>
</context>
</TS>
