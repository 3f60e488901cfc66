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
    <name>BookedScreen</name>
    <message>
        <source>Start now</source>
        <translation>ابدأ الآن</translation>
    </message>
    <message>
        <source>My reservations</source>
        <translation>حجوزاتي</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>{item}
{day}, {time}</source>
        <translation>{item}
{day}، {time}</translation>
    </message>
    <message>
        <source>Tap “Start now” to switch the machine on.</source>
        <translation>اضغط «ابدأ الآن» لتشغيل الآلة.</translation>
    </message>
    <message>
        <source>When your time comes, scan your card here and tap “Start”.</source>
        <translation>عندما يحين وقتك، امسح بطاقتك هنا واضغط «ابدأ».</translation>
    </message>
</context>
<context>
    <name>BookingText</name>
    <message>
        <source>That time has already gone by.</source>
        <translation>لقد مضى هذا الوقت بالفعل.</translation>
    </message>
    <message>
        <source>Please choose a later time.</source>
        <translation>يُرجى اختيار وقت لاحق.</translation>
    </message>
    <message>
        <source>A booking needs a length.</source>
        <translation>يحتاج الحجز إلى مدة.</translation>
    </message>
    <message>
        <source>Choose how long with the + button.</source>
        <translation>اختر المدة باستخدام الزر +.</translation>
    </message>
    <message>
        <source>The shortest booking is {limit}.</source>
        <translation>أقصر حجز هو {limit}.</translation>
    </message>
    <message>
        <source>Choose a longer time with the + button.</source>
        <translation>اختر مدة أطول باستخدام الزر +.</translation>
    </message>
    <message>
        <source>The longest booking is {limit}.</source>
        <translation>أطول حجز هو {limit}.</translation>
    </message>
    <message>
        <source>Choose a shorter time with the − button.</source>
        <translation>اختر مدة أقصر باستخدام الزر −.</translation>
    </message>
    <message>
        <source>Bookings start and last in steps of {step}.</source>
        <translation>تبدأ الحجوزات وتستمر بخطوات من {step}.</translation>
    </message>
    <message>
        <source>Choose a time on the timeline, then a length.</source>
        <translation>اختر وقتًا من الجدول، ثم المدة.</translation>
    </message>
    <message>
        <source>You can book up to {limit} a day, and you have {used} booked already.</source>
        <translation>يمكنك حجز ما يصل إلى {limit} في اليوم، ولديك {used} محجوزة بالفعل.</translation>
    </message>
    <message>
        <source>Choose a shorter time, or another day.</source>
        <translation>اختر مدة أقصر أو يومًا آخر.</translation>
    </message>
    <message>
        <source>You can book up to {limit} a week, and you have {used} booked already.</source>
        <translation>يمكنك حجز ما يصل إلى {limit} في الأسبوع، ولديك {used} محجوزة بالفعل.</translation>
    </message>
    <message>
        <source>Choose a shorter time, or a day next week.</source>
        <translation>اختر مدة أقصر أو يومًا من الأسبوع القادم.</translation>
    </message>
    <message>
        <source>That day is too far ahead to book yet.</source>
        <translation>هذا اليوم بعيد جدًا ولا يمكن حجزه بعد.</translation>
    </message>
    <message>
        <source>Choose a day up to {until}, or book this one later.</source>
        <translation>اختر يومًا حتى {until}، أو احجز هذا اليوم لاحقًا.</translation>
    </message>
    <message>
        <source>The makerspace is closed at that time.</source>
        <translation>مساحة الصنّاع مغلقة في ذلك الوقت.</translation>
    </message>
    <message>
        <source>Choose a time when it is open.</source>
        <translation>اختر وقتًا تكون فيه مفتوحة.</translation>
    </message>
    <message>
        <source>The library is closed that day. {reason}</source>
        <translation>المكتبة مغلقة في ذلك اليوم. {reason}</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>يُرجى اختيار يوم آخر.</translation>
    </message>
    <message>
        <source>The booking would end after closing time ({closes_at}).</source>
        <translation>سينتهي الحجز بعد وقت الإغلاق ({closes_at}).</translation>
    </message>
    <message>
        <source>Choose a shorter time or an earlier start.</source>
        <translation>اختر مدة أقصر أو بداية أبكر.</translation>
    </message>
    <message>
        <source>Someone else has booked this time.</source>
        <translation>حجز شخص آخر هذا الوقت.</translation>
    </message>
    <message>
        <source>Please choose another free time.</source>
        <translation>يُرجى اختيار وقت متاح آخر.</translation>
    </message>
    <message>
        <source>The machine needs {minutes} free between two bookings.</source>
        <translation>تحتاج الآلة إلى {minutes} فراغًا بين حجزين.</translation>
    </message>
    <message>
        <source>Start a little later or end a little earlier.</source>
        <translation>ابدأ بعد ذلك بقليل أو انتهِ قبل ذلك بقليل.</translation>
    </message>
    <message>
        <source>This machine needs the “{training}” training first.</source>
        <translation>تتطلب هذه الآلة تدريب «{training}» أولًا.</translation>
    </message>
    <message>
        <source>Please ask a staff member about the “{training}” training.</source>
        <translation>يُرجى سؤال أحد الموظفين عن تدريب «{training}».</translation>
    </message>
    <message>
        <source>We need a parent&apos;s or guardian&apos;s permission on file first.</source>
        <translation>نحتاج أولًا إلى موافقة أحد الوالدين أو الوصي مسجّلة لدينا.</translation>
    </message>
    <message>
        <source>Please come back with a parent or guardian to see a staff member.</source>
        <translation>يُرجى العودة مع أحد الوالدين أو الوصي لمقابلة أحد الموظفين.</translation>
    </message>
    <message>
        <source>Please read and accept the makerspace safety agreement first.</source>
        <translation>يُرجى قراءة اتفاقية السلامة لمساحة الصنّاع وقبولها أولًا.</translation>
    </message>
    <message>
        <source>Tap “Read the agreement” below.</source>
        <translation>اضغط «اقرأ الاتفاقية» في الأسفل.</translation>
    </message>
    <message>
        <source>Booking is paused for you after missed bookings, until {until}.</source>
        <translation>الحجز موقوف لك بسبب حجوزات لم تحضرها، حتى {until}.</translation>
    </message>
    <message>
        <source>A staff member can help if this seems wrong.</source>
        <translation>إذا بدا لك هذا خطأً، يمكن لأحد الموظفين مساعدتك.</translation>
    </message>
    <message>
        <source>This item can&apos;t be booked.</source>
        <translation>لا يمكن حجز هذا العنصر.</translation>
    </message>
    <message>
        <source>Please ask a staff member how to use it.</source>
        <translation>يُرجى سؤال أحد الموظفين عن طريقة استخدامه.</translation>
    </message>
    <message>
        <source>This machine is out of order.</source>
        <translation>هذه الآلة معطّلة.</translation>
    </message>
    <message>
        <source>Choose another machine, or ask a staff member.</source>
        <translation>اختر آلة أخرى، أو اسأل أحد الموظفين.</translation>
    </message>
    <message>
        <source>The machine is in use or waiting for a check.</source>
        <translation>الآلة قيد الاستخدام أو بانتظار الفحص.</translation>
    </message>
    <message>
        <source>Book a free time later instead.</source>
        <translation>احجز بدلًا من ذلك وقتًا متاحًا لاحقًا.</translation>
    </message>
    <message>
        <source>This card can&apos;t be used any more.</source>
        <translation>لم يعد من الممكن استخدام هذه البطاقة.</translation>
    </message>
    <message>
        <source>Please ask a staff member for a new card.</source>
        <translation>يُرجى طلب بطاقة جديدة من أحد الموظفين.</translation>
    </message>
    <message>
        <source>That booking belongs to someone else.</source>
        <translation>هذا الحجز يخص شخصًا آخر.</translation>
    </message>
    <message>
        <source>Please ask a staff member.</source>
        <translation>يُرجى سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>That booking can&apos;t be cancelled: it has started or ended.</source>
        <translation>لا يمكن إلغاء هذا الحجز: لقد بدأ أو انتهى.</translation>
    </message>
    <message>
        <source>Please ask a staff member if something is wrong.</source>
        <translation>إذا كان هناك خطأ، يُرجى سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>Please ask a staff member to show you the agreement.</source>
        <translation>يُرجى أن تطلب من أحد الموظفين أن يُريك الاتفاقية.</translation>
    </message>
    <message>
        <source>The library&apos;s rules don&apos;t allow this booking.</source>
        <translation>قواعد المكتبة لا تسمح بهذا الحجز.</translation>
    </message>
    <message>
        <source>A staff member can tell you more.</source>
        <translation>يمكن لأحد الموظفين أن يخبرك بالمزيد.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>حجزك</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>انقضى</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} س</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} دقيقة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a week column&apos;s heading, as short as &apos;Mon&apos;</comment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Free now</source>
        <translation>متاحة الآن</translation>
    </message>
    <message>
        <source>In use until {time}</source>
        <translation>قيد الاستخدام حتى {time}</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <source>Booked until {time}</source>
        <translation>محجوزة حتى {time}</translation>
    </message>
    <message>
        <source>Booked now</source>
        <translation>محجوزة الآن</translation>
    </message>
    <message>
        <source>Needs a check</source>
        <translation>تحتاج إلى فحص</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>معطّلة</translation>
    </message>
</context>
<context>
    <name>CardPrint</name>
    <message>
        <source>Card number</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <source>Kit code</source>
        <translation>رمز العُدّة</translation>
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
        <source>Staff tools</source>
        <translation>أدوات الموظفين</translation>
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
    <message>
        <source>Kit label: {name}</source>
        <translation>ملصق العُدّة: {name}</translation>
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
    <name>EquipmentAdminFlow</name>
    <message>
        <source>3D printer</source>
        <translation>طابعة ثلاثية الأبعاد</translation>
    </message>
    <message>
        <source>Laser cutter</source>
        <translation>قاطعة ليزر</translation>
    </message>
    <message>
        <source>Vinyl cutter</source>
        <translation>قاطعة فينيل</translation>
    </message>
    <message>
        <source>Sewing machine</source>
        <translation>ماكينة خياطة</translation>
    </message>
    <message>
        <source>Arduino kit</source>
        <translation>عدة أردوينو</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>حاسوب محمول</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>طابعة</translation>
    </message>
    <message>
        <source>Laser</source>
        <translation>ليزر</translation>
    </message>
    <message>
        <source>Vinyl</source>
        <translation>فينيل</translation>
    </message>
    <message>
        <source>Sewing</source>
        <translation>خياطة</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>دارة</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>أداة</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <source>needs a check</source>
        <translation>يحتاج إلى فحص</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>معطل</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>طول الفترة</translation>
    </message>
    <message>
        <source>Shortest booking</source>
        <translation>أقصر حجز</translation>
    </message>
    <message>
        <source>Longest booking</source>
        <translation>أطول حجز</translation>
    </message>
    <message>
        <source>Most a day per patron</source>
        <translation>الحد الأقصى يوميًا لكل مستخدم</translation>
    </message>
    <message>
        <source>Most a week per patron</source>
        <translation>الحد الأقصى أسبوعيًا لكل مستخدم</translation>
    </message>
    <message>
        <source>Bookable days ahead</source>
        <translation>أيام الحجز المسبق</translation>
    </message>
    <message>
        <source>Free time between bookings</source>
        <translation>وقت فاصل بين الحجوزات</translation>
    </message>
    <message>
        <source>Slot freed after a no-show of</source>
        <translation>تُحرَّر الفترة بعد غياب لمدة</translation>
    </message>
    <message>
        <source>No-shows before a pause</source>
        <translation>مرات الغياب قبل الإيقاف</translation>
    </message>
    <message>
        <source>Booking pause</source>
        <translation>إيقاف الحجز</translation>
    </message>
    <message>
        <source>Equipment &amp; rules</source>
        <translation>المعدات والقواعد</translation>
    </message>
    <message>
        <source>Please type the item&apos;s name.</source>
        <translation>يرجى كتابة اسم المعدة.</translation>
    </message>
    <message>
        <source>An item must be reservable, lendable or both.</source>
        <translation>يجب أن تكون المعدة قابلة للحجز أو للإعارة أو كليهما.</translation>
    </message>
    <message>
        <source>{name} is saved.</source>
        <translation>تم حفظ {name}.</translation>
    </message>
    <message>
        <source>The rule for {kind} is saved.</source>
        <translation>تم حفظ قاعدة {kind}.</translation>
    </message>
    <message>
        <source>Please type the reason patrons will see.</source>
        <translation>يرجى كتابة السبب الذي سيراه المستخدمون.</translation>
    </message>
    <message>
        <source>Closing must come after opening.</source>
        <translation>يجب أن يكون الإغلاق بعد الفتح.</translation>
    </message>
    <message>
        <source>The second opening must start after the first one closes.</source>
        <translation>يجب أن يبدأ الفتح الثاني بعد إغلاق الأول.</translation>
    </message>
    <message>
        <source>The hours for {day} are saved.</source>
        <translation>تم حفظ مواعيد يوم {day}.</translation>
    </message>
    <message>
        <source>Closed on {day}.</source>
        <translation>مغلق يوم {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) were already made for that day: those patrons are told when they next check in, and are listed below.</source>
        <translation>
            <numerusform>كان هناك %n حجز لذلك اليوم: يُبلَّغ هؤلاء المستخدمون عند تسجيل حضورهم التالي، وهم مدرجون أدناه.</numerusform>
            <numerusform>كان هناك %n حجز لذلك اليوم: يُبلَّغ هؤلاء المستخدمون عند تسجيل حضورهم التالي، وهم مدرجون أدناه.</numerusform>
            <numerusform>كان هناك %n حجز لذلك اليوم: يُبلَّغ هؤلاء المستخدمون عند تسجيل حضورهم التالي، وهم مدرجون أدناه.</numerusform>
            <numerusform>كان هناك %n حجز لذلك اليوم: يُبلَّغ هؤلاء المستخدمون عند تسجيل حضورهم التالي، وهم مدرجون أدناه.</numerusform>
            <numerusform>كان هناك %n حجز لذلك اليوم: يُبلَّغ هؤلاء المستخدمون عند تسجيل حضورهم التالي، وهم مدرجون أدناه.</numerusform>
            <numerusform>كان هناك %n حجز لذلك اليوم: يُبلَّغ هؤلاء المستخدمون عند تسجيل حضورهم التالي، وهم مدرجون أدناه.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is retired.</source>
        <translation>تم سحب {name} من الخدمة.</translation>
    </message>
    <message>
        <source>Open again on {day}.</source>
        <translation>مفتوح مجددًا يوم {day}.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>لا يسمح حسابك بهذا. اطلب ذلك من أحد المسؤولين.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>لا يمكن الوصول إلى قاعدة البيانات الآن. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>لم ينجح ذلك. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>{relay} channel {channel}</source>
        <translation>{relay} القناة {channel}</translation>
    </message>
    <message>
        <source>Prints on: {printer}</source>
        <translation>يطبع على: {printer}</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>لا حاجة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>الأيقونة</translation>
    </message>
    <message>
        <source>Training needed</source>
        <translation>التدريب المطلوب</translation>
    </message>
    <message>
        <source>Relay controller</source>
        <translation>وحدة التحكم بالمرحلات</translation>
    </message>
    <message>
        <source>Not switched by a relay</source>
        <translation>غير موصول بمرحل</translation>
    </message>
    <message>
        <source>Relay channel</source>
        <translation>قناة المرحل</translation>
    </message>
    <message>
        <source>Booked by time</source>
        <translation>يُحجز بالوقت</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>يُعار</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>معدة جديدة</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>بلا طابعة</translation>
    </message>
    <message>
        <source>(not on this kiosk)</source>
        <translation>(ليست على هذا الجهاز)</translation>
    </message>
    <message>
        <source>Not on this kiosk: kept</source>
        <translation>ليست هنا: محفوظة</translation>
    </message>
    <message>
        <source>Printer for {name}</source>
        <translation>طابعة {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>This kind uses the default rule until you save one.</source>
        <translation>يستخدم هذا النوع القاعدة الافتراضية حتى تحفظ قاعدة له.</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>تم التغيير ولم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>يفتح</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>يغلق</translation>
    </message>
    <message>
        <source>Opens again</source>
        <translation>يفتح مجددًا</translation>
    </message>
    <message>
        <source>Closes again</source>
        <translation>يغلق مجددًا</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Open this day</source>
        <translation>مفتوح هذا اليوم</translation>
    </message>
    <message>
        <source>Second opening</source>
        <translation>فتح ثانٍ</translation>
    </message>
    <message>
        <source>The week as saved:</source>
        <translation>الأسبوع كما حُفظ:</translation>
    </message>
    <message>
        <source>Bookings on days now closed (tell these patrons):</source>
        <translation>حجوزات في أيام أصبحت مغلقة (أبلغ هؤلاء المستخدمين):</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>مغلق يوم</translation>
    </message>
</context>
<context>
    <name>EquipmentAdminScreen</name>
    <message>
        <source>Equipment &amp; rules</source>
        <translation>المعدات والقواعد</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>العودة إلى لوحة التحكم</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>المعدّات</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>قواعد الحجز</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>مواعيد العمل</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>أيام الإغلاق</translation>
    </message>
    <message>
        <source>Prints on</source>
        <translation>يطبع على</translation>
    </message>
    <message>
        <source>Prints on: {printer}. Tap to choose another printer.</source>
        <translation>يطبع على: {printer}. اضغط لاختيار طابعة أخرى.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Reason shown to patrons</source>
        <translation>السبب الذي يراه المستخدمون</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>إضافة معدة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Tap again to retire it</source>
        <translation>اضغط مرة أخرى لسحبها</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>سحب من الخدمة</translation>
    </message>
    <message>
        <source>Open on that day again</source>
        <translation>الفتح في ذلك اليوم مجددًا</translation>
    </message>
    <message>
        <source>Add the item</source>
        <translation>إضافة المعدة</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation>حفظ المعدة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Close on this day</source>
        <translation>الإغلاق في هذا اليوم</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Tap an item to change it.</source>
        <translation>اضغط على معدة لتعديلها.</translation>
    </message>
    <message>
        <source>No equipment yet. Tap “Add an item”.</source>
        <translation>لا توجد معدات بعد. اضغط «إضافة معدة».</translation>
    </message>
    <message>
        <source>Choose the printer that prints this item&apos;s jobs:</source>
        <translation>اختر الطابعة التي تطبع أعمال هذه المعدة:</translation>
    </message>
    <message>
        <source>Days ahead when the branch is closed (tap one to open again):</source>
        <translation>الأيام القادمة التي يُغلق فيها الفرع (اضغط على يوم لإعادة فتحه):</translation>
    </message>
    <message>
        <source>No closures ahead. Choose a day and a reason to add one.</source>
        <translation>لا توجد أيام إغلاق قادمة. اختر يومًا وسببًا لإضافة واحد.</translation>
    </message>
</context>
<context>
    <name>EquipmentFlow</name>
    <message>
        <source>Equipment</source>
        <translation>المعدّات</translation>
    </message>
</context>
<context>
    <name>EquipmentListScreen</name>
    <message>
        <source>Needs the “{training}” training</source>
        <translation>تتطلب تدريب «{training}»</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>معطّلة</translation>
    </message>
    <message>
        <source>Being checked by staff</source>
        <translation>يفحصها الموظفون</translation>
    </message>
    <message>
        <source>Free now · {count} free times this week</source>
        <translation>متاحة الآن · {count} أوقات متاحة هذا الأسبوع</translation>
    </message>
    <message>
        <source>Free today from {time}</source>
        <translation>متاحة اليوم من {time}</translation>
    </message>
    <message>
        <source>Next free: {day} {time}</source>
        <translation>الوقت المتاح التالي: {day} {time}</translation>
    </message>
    <message>
        <source>Fully booked this week</source>
        <translation>محجوزة بالكامل هذا الأسبوع</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>المعدّات</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>My reservations</source>
        <translation>حجوزاتي</translation>
    </message>
    <message>
        <source>Looking up the machines…</source>
        <translation>جارٍ البحث عن الآلات…</translation>
    </message>
    <message>
        <source>The machines can&apos;t be shown right now. Please ask a staff member.</source>
        <translation>لا يمكن عرض الآلات الآن. يُرجى سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>There are no machines to book at this branch.</source>
        <translation>لا توجد آلات للحجز في هذا الفرع.</translation>
    </message>
    <message>
        <source>Tap a machine to see its free times and book.</source>
        <translation>اضغط على آلة لرؤية أوقاتها المتاحة والحجز.</translation>
    </message>
    <message>
        <source>See times</source>
        <translation>عرض الأوقات</translation>
    </message>
    <message>
        <source>{machine}: see times</source>
        <translation>{machine}: عرض الأوقات</translation>
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
    <name>KitScreen</name>
    <message>
        <source>Read the agreement</source>
        <translation>اقرأ الاتفاقية</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Borrow {kit}?</source>
        <translation>هل تريد استعارة {kit}؟</translation>
    </message>
    <message>
        <source>Bring it back to the makerspace by then, with everything in it.</source>
        <translation>أعِدها إلى مساحة الابتكار قبل ذلك الموعد، بكل محتوياتها.</translation>
    </message>
    <message>
        <source>Borrow it</source>
        <translation>استعرها</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Return {kit}?</source>
        <translation>هل تريد إرجاع {kit}؟</translation>
    </message>
    <message>
        <source>Leave it on the returns shelf. Staff will check that it is complete.</source>
        <translation>ضعها على رف الإرجاع. سيتحقق الموظفون من أنها كاملة.</translation>
    </message>
    <message>
        <source>Return it</source>
        <translation>أرجِعها</translation>
    </message>
    <message>
        <source>You borrowed {kit}</source>
        <translation>استعرت {kit}</translation>
    </message>
    <message>
        <source>To return it, scan your card here, tap “Borrow or return a kit” and scan the kit&apos;s label.</source>
        <translation>لإرجاعها، امسح بطاقتك هنا، واضغط «استعارة عُدّة أو إرجاعها»، ثم امسح ملصق العُدّة.</translation>
    </message>
    <message>
        <source>My kits</source>
        <translation>عُدَدي</translation>
    </message>
    <message>
        <source>{kit} is returned. Thank you!</source>
        <translation>تم إرجاع {kit}. شكرًا لك!</translation>
    </message>
    <message>
        <source>Please leave it on the returns shelf.</source>
        <translation>يُرجى وضعها على رف الإرجاع.</translation>
    </message>
    <message>
        <source>{kit} can&apos;t be borrowed</source>
        <translation>لا يمكن استعارة {kit}</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>لم ينجح ذلك</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
</context>
<context>
    <name>KitsOnLoanFlow</name>
    <message>
        <source>Kits on loan</source>
        <translation>العُدَد المُعارة</translation>
    </message>
    <message>
        <source>a patron whose data was deleted</source>
        <translation>مستفيد حُذفت بياناته</translation>
    </message>
    <message>
        <source>One moment: still busy with the last step.</source>
        <translation>لحظة من فضلك: ما زالت الخطوة السابقة قيد التنفيذ.</translation>
    </message>
    <message>
        <source>Lent to {patron}.</source>
        <translation>مُعارة إلى {patron}.</translation>
    </message>
    <message>
        <source>Free to lend.</source>
        <translation>متاحة للإعارة.</translation>
    </message>
    <message>
        <source>This item is not lent out (it is not marked lendable).</source>
        <translation>هذا العنصر لا يُعار (غير مُعلَّم كقابل للإعارة).</translation>
    </message>
    <message>
        <source>This kit is retired.</source>
        <translation>هذه العُدّة خارج الخدمة نهائيًا.</translation>
    </message>
    <message>
        <source>State: {state}.</source>
        <translation>الحالة: {state}.</translation>
    </message>
    <message>
        <source>{kit} is back from {patron}; it waits for a check.</source>
        <translation>عادت {kit} من {patron}؛ وهي بانتظار الفحص.</translation>
    </message>
    <message>
        <source>{kit} is back from {patron} and ready to lend.</source>
        <translation>عادت {kit} من {patron} وهي جاهزة للإعارة.</translation>
    </message>
    <message>
        <source>{kit} is lent to {patron}. {due}.</source>
        <translation>أُعيرت {kit} إلى {patron}. {due}.</translation>
    </message>
    <message>
        <source>{kit} is checked and ready to lend.</source>
        <translation>تم فحص {kit} وهي جاهزة للإعارة.</translation>
    </message>
    <message>
        <source>Your account may not lend kits. Please ask an administrator.</source>
        <translation>لا يسمح حسابك بإعارة العُدَد. يُرجى سؤال مسؤول.</translation>
    </message>
    <message>
        <source>That is a card. Scan the kit&apos;s label first, then the card.</source>
        <translation>هذه بطاقة. امسح ملصق العُدّة أولًا، ثم البطاقة.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>لا يمكن الوصول إلى قاعدة البيانات الآن. يُرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>KitsOnLoanScreen</name>
    <message>
        <source>Kits on loan</source>
        <translation>العُدَد المُعارة</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>العودة إلى لوحة التحكم</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>The loans can&apos;t be read right now.</source>
        <translation>لا يمكن قراءة الإعارات الآن.</translation>
    </message>
    <message>
        <source>No kit is out on loan.</source>
        <translation>لا توجد عُدّة مُعارة.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On loan (%n)</source>
        <translation>
            <numerusform>مُعارة (%n)</numerusform>
            <numerusform>مُعارة (%n)</numerusform>
            <numerusform>مُعارة (%n)</numerusform>
            <numerusform>مُعارة (%n)</numerusform>
            <numerusform>مُعارة (%n)</numerusform>
            <numerusform>مُعارة (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan a kit&apos;s label to take it back. To lend a kit, scan its label, then the patron&apos;s card.</source>
        <translation>امسح ملصق العُدّة لاستلامها. لإعارة عُدّة، امسح ملصقها ثم بطاقة المستفيد.</translation>
    </message>
    <message>
        <source>Now scan the card of the patron who takes it.</source>
        <translation>امسح الآن بطاقة المستفيد الذي سيأخذها.</translation>
    </message>
    <message>
        <source>Take back: complete</source>
        <translation>استلام: كاملة</translation>
    </message>
    <message>
        <source>Take back: needs a check</source>
        <translation>استلام: تحتاج إلى فحص</translation>
    </message>
    <message>
        <source>Checked: ready to lend</source>
        <translation>تم الفحص: جاهزة للإعارة</translation>
    </message>
    <message>
        <source>Scan another kit</source>
        <translation>امسح عُدّة أخرى</translation>
    </message>
</context>
<context>
    <name>KitsScreen</name>
    <message>
        <source>Borrow or return a kit</source>
        <translation>استعارة عُدّة أو إرجاعها</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Looking up the kit…</source>
        <translation>جارٍ البحث عن العُدّة…</translation>
    </message>
    <message>
        <source>Scan the QR label on a kit to borrow it, or to return one you have.</source>
        <translation>امسح ملصق QR على العُدّة لاستعارتها، أو لإرجاع عُدّة لديك.</translation>
    </message>
    <message>
        <source>Looking up your kits…</source>
        <translation>جارٍ البحث عن عُدَدك…</translation>
    </message>
    <message>
        <source>Your kits can&apos;t be shown right now. Please ask a staff member.</source>
        <translation>لا يمكن عرض عُدَدك الآن. يُرجى سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>You have no kits out.</source>
        <translation>ليست لديك أي عُدّة مُعارة.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n kit(s) out.</source>
        <translation>
            <numerusform>ليست لديك عُدَد مُعارة.</numerusform>
            <numerusform>لديك عُدّة واحدة مُعارة.</numerusform>
            <numerusform>لديك عُدّتان مُعارتان.</numerusform>
            <numerusform>لديك %n عُدَد مُعارة.</numerusform>
            <numerusform>لديك %n عُدّة مُعارة.</numerusform>
            <numerusform>لديك %n عُدّة مُعارة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue. Please bring overdue kits back soon.</source>
        <translation>
            <numerusform>لا توجد عُدَد متأخرة.</numerusform>
            <numerusform>عُدّة واحدة متأخرة. يُرجى إرجاع العُدَد المتأخرة قريبًا.</numerusform>
            <numerusform>عُدّتان متأخرتان. يُرجى إرجاع العُدَد المتأخرة قريبًا.</numerusform>
            <numerusform>%n عُدَد متأخرة. يُرجى إرجاع العُدَد المتأخرة قريبًا.</numerusform>
            <numerusform>%n عُدّة متأخرة. يُرجى إرجاع العُدَد المتأخرة قريبًا.</numerusform>
            <numerusform>%n عُدّة متأخرة. يُرجى إرجاع العُدَد المتأخرة قريبًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>Yes, return it</source>
        <translation>نعم، أرجِعها</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>احتفظ بها</translation>
    </message>
    <message>
        <source>Return it now?</source>
        <translation>هل تريد إرجاعها الآن؟</translation>
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
    <name>LendingFlow</name>
    <message>
        <source>Borrow or return a kit</source>
        <translation>استعارة عُدّة أو إرجاعها</translation>
    </message>
</context>
<context>
    <name>LendingText</name>
    <message>
        <source>That code is not a kit label.</source>
        <translation>هذا الرمز ليس ملصق عُدّة.</translation>
    </message>
    <message>
        <source>Scan the square QR label stuck on the kit.</source>
        <translation>امسح ملصق QR المربع الملصق على العُدّة.</translation>
    </message>
    <message>
        <source>That is a card, not a kit label.</source>
        <translation>هذه بطاقة، وليست ملصق عُدّة.</translation>
    </message>
    <message>
        <source>This label is not one of this library&apos;s labels.</source>
        <translation>هذا الملصق ليس من ملصقات هذه المكتبة.</translation>
    </message>
    <message>
        <source>Please show the kit to a staff member.</source>
        <translation>يُرجى عرض العُدّة على أحد الموظفين.</translation>
    </message>
    <message>
        <source>This kit does not belong to this makerspace.</source>
        <translation>هذه العُدّة لا تتبع مساحة الابتكار هذه.</translation>
    </message>
    <message>
        <source>This item is not lent out.</source>
        <translation>هذا العنصر لا يُعار.</translation>
    </message>
    <message>
        <source>You can use it here in the makerspace.</source>
        <translation>يمكنك استخدامه هنا في مساحة الابتكار.</translation>
    </message>
    <message>
        <source>This kit is no longer lent out.</source>
        <translation>لم تعد هذه العُدّة تُعار.</translation>
    </message>
    <message>
        <source>Please give it to a staff member.</source>
        <translation>يُرجى تسليمها إلى أحد الموظفين.</translation>
    </message>
    <message>
        <source>This kit is out of order.</source>
        <translation>هذه العُدّة معطلة.</translation>
    </message>
    <message>
        <source>This kit is waiting to be checked by staff.</source>
        <translation>هذه العُدّة بانتظار فحص الموظفين.</translation>
    </message>
    <message>
        <source>A staff member can check it and lend it to you.</source>
        <translation>يمكن لأحد الموظفين فحصها وإعارتها لك.</translation>
    </message>
    <message>
        <source>This item is booked or in use right now.</source>
        <translation>هذا العنصر محجوز أو قيد الاستخدام الآن.</translation>
    </message>
    <message>
        <source>Please choose another kit, or ask a staff member.</source>
        <translation>يُرجى اختيار عُدّة أخرى، أو سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>This kit is on loan to someone else.</source>
        <translation>هذه العُدّة مُعارة لشخص آخر.</translation>
    </message>
    <message>
        <source>This kit is not on loan.</source>
        <translation>هذه العُدّة ليست مُعارة.</translation>
    </message>
    <message>
        <source>Nothing was changed. Please ask a staff member.</source>
        <translation>لم يتغير شيء. يُرجى سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>You already have {limit} kits of this kind out.</source>
        <translation>لديك بالفعل {limit} من العُدَد المُعارة من هذا النوع.</translation>
    </message>
    <message>
        <source>Return one of them first.</source>
        <translation>أرجِع واحدة منها أولًا.</translation>
    </message>
    <message>
        <source>This kit needs the “{training}” training.</source>
        <translation>تتطلب هذه العُدّة تدريب «{training}».</translation>
    </message>
    <message>
        <source>Ask a staff member when the next training is.</source>
        <translation>اسأل أحد الموظفين عن موعد التدريب القادم.</translation>
    </message>
    <message>
        <source>This kit needs a guardian&apos;s consent on file.</source>
        <translation>تتطلب هذه العُدّة موافقة وليّ أمر مسجلة.</translation>
    </message>
    <message>
        <source>A staff member can record it with your guardian.</source>
        <translation>يمكن لأحد الموظفين تسجيلها مع وليّ أمرك.</translation>
    </message>
    <message>
        <source>Please accept the makerspace agreement first.</source>
        <translation>يُرجى قبول اتفاقية مساحة الابتكار أولًا.</translation>
    </message>
    <message>
        <source>Tap “Read the agreement”, then scan the kit again.</source>
        <translation>اضغط «اقرأ الاتفاقية»، ثم امسح العُدّة مرة أخرى.</translation>
    </message>
    <message>
        <source>This card can no longer borrow kits.</source>
        <translation>لم تعد هذه البطاقة تسمح باستعارة العُدَد.</translation>
    </message>
    <message>
        <source>Please see a staff member.</source>
        <translation>يُرجى مراجعة أحد الموظفين.</translation>
    </message>
    <message>
        <source>That is not a patron&apos;s card.</source>
        <translation>هذه ليست بطاقة مستفيد.</translation>
    </message>
    <message>
        <source>Scan the card of the patron who takes the kit.</source>
        <translation>امسح بطاقة المستفيد الذي سيأخذ العُدّة.</translation>
    </message>
    <message>
        <source>A staff member can show it to you to read and accept.</source>
        <translation>يمكن لأحد الموظفين عرضها عليك لقراءتها وقبولها.</translation>
    </message>
    <message>
        <source>That could not be saved just now.</source>
        <translation>تعذّر الحفظ الآن.</translation>
    </message>
    <message>
        <source>Nothing was changed. Please try again, or ask a staff member.</source>
        <translation>لم يتغير شيء. يُرجى المحاولة مرة أخرى، أو سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>Overdue: it was due back on {date}</source>
        <translation>متأخرة: كان موعد إرجاعها {date}</translation>
    </message>
    <message>
        <source>Due back today</source>
        <translation>موعد الإرجاع اليوم</translation>
    </message>
    <message>
        <source>Due back by {date}</source>
        <translation>تُرجَع قبل {date}</translation>
    </message>
</context>
<context>
    <name>LengthScreen</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>أقصر</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>أطول</translation>
    </message>
    <message>
        <source>Use it now: how long do you need it?</source>
        <translation>استخدمها الآن: كم من الوقت تحتاجها؟</translation>
    </message>
    <message>
        <source>Start using it</source>
        <translation>ابدأ استخدامها</translation>
    </message>
    <message>
        <source>{day} from {time}: how long?</source>
        <translation>{day} من {time}: كم المدة؟</translation>
    </message>
    <message>
        <source>Book it</source>
        <translation>احجزها</translation>
    </message>
    <message>
        <source>Until {time}</source>
        <translation>حتى {time}</translation>
    </message>
    <message>
        <source>From {shortest} to {longest}, in steps of {step}.</source>
        <translation>من {shortest} إلى {longest}، بخطوات من {step}.</translation>
    </message>
</context>
<context>
    <name>MachineBoard</name>
    <message>
        <source>Machines right now</source>
        <translation>الآلات الآن</translation>
    </message>
    <message>
        <source>More machines: scan your card to see them all.</source>
        <translation>هناك آلات أخرى: امسح بطاقتك لرؤيتها كلها.</translation>
    </message>
</context>
<context>
    <name>MachineScreen</name>
    <message>
        <source>Free: tap to book</source>
        <translation>متاح: اضغط للحجز</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Use it now</source>
        <translation>استخدمها الآن</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>أبكر</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Needs the “{training}” training</source>
        <translation>تتطلب تدريب «{training}»</translation>
    </message>
    <message>
        <source>Out of order: it can&apos;t be booked right now.</source>
        <translation>معطّلة: لا يمكن حجزها الآن.</translation>
    </message>
    <message>
        <source>Staff are checking it after the last use.</source>
        <translation>يفحصها الموظفون بعد آخر استخدام.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>من {first} إلى {last}</translation>
    </message>
</context>
<context>
    <name>MachineSessionFlow</name>
    <message>
        <source>Your time starts at {time}. Please come back then.</source>
        <translation>يبدأ وقتك الساعة {time}. يُرجى العودة حينها.</translation>
    </message>
    <message>
        <source>Your time ended at {time}. You can book a new time.</source>
        <translation>انتهى وقتك الساعة {time}. يمكنك حجز وقت جديد.</translation>
    </message>
    <message>
        <source>The machine is still in use until {time}. Please see a staff member.</source>
        <translation>الجهاز مستخدم حتى الساعة {time}. يُرجى مراجعة أحد الموظفين.</translation>
    </message>
    <message>
        <source>The machine is waiting for a check by staff. Please see a staff member.</source>
        <translation>الجهاز بانتظار فحص من الموظفين. يُرجى مراجعة أحد الموظفين.</translation>
    </message>
    <message>
        <source>This booking can&apos;t be started now. Please see a staff member.</source>
        <translation>لا يمكن بدء هذا الحجز الآن. يُرجى مراجعة أحد الموظفين.</translation>
    </message>
</context>
<context>
    <name>MachineSessionScreen</name>
    <message>
        <source>It is jammed or stuck</source>
        <translation>إنه عالق أو محشور</translation>
    </message>
    <message>
        <source>It does not heat up</source>
        <translation>لا يسخن</translation>
    </message>
    <message>
        <source>Something is broken</source>
        <translation>شيء ما مكسور</translation>
    </message>
    <message>
        <source>Parts or tools are missing</source>
        <translation>قطع أو أدوات ناقصة</translation>
    </message>
    <message>
        <source>It needs cleaning</source>
        <translation>يحتاج إلى تنظيف</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <source>Five minutes left. Please start finishing up.</source>
        <translation>بقيت خمس دقائق. يُرجى البدء في الإنهاء.</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>الإبلاغ عن مشكلة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <source>{machine}: one moment, please.</source>
        <translation>{machine}: لحظة من فضلك.</translation>
    </message>
    <message>
        <source>Unlocked until {time}</source>
        <translation>مفتوح حتى الساعة {time}</translation>
    </message>
    <message>
        <source>{machine} is ready for you. It switches off by itself at {time}.</source>
        <translation>{machine} جاهز لك. سيتوقف تلقائيًا الساعة {time}.</translation>
    </message>
    <message>
        <source>Kept on until the print finishes</source>
        <translation>يبقى قيد التشغيل حتى تنتهي الطباعة</translation>
    </message>
    <message>
        <source>Your time is up, but {machine} is still printing. It stays on until the print finishes, then switches off.</source>
        <translation>انتهى وقتك، لكن {machine} ما زال يطبع. سيبقى قيد التشغيل حتى تنتهي الطباعة ثم يتوقف.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>{machine} is switched off. Thank you!</source>
        <translation>تم إيقاف {machine}. شكرًا لك!</translation>
    </message>
    <message>
        <source>The machine did not unlock.</source>
        <translation>لم يُفتح قفل الجهاز.</translation>
    </message>
    <message>
        <source>Please see a staff member.</source>
        <translation>يُرجى مراجعة أحد الموظفين.</translation>
    </message>
    <message>
        <source>Your session can&apos;t start</source>
        <translation>لا يمكن بدء جلستك</translation>
    </message>
    <message>
        <source>What is wrong with {machine}?</source>
        <translation>ما المشكلة في {machine}؟</translation>
    </message>
    <message>
        <source>Tap what fits best. Staff will take a look.</source>
        <translation>اضغط على ما يناسب أكثر. سيتحقق الموظفون من ذلك.</translation>
    </message>
    <message>
        <source>Thank you for telling us</source>
        <translation>شكرًا لإخبارنا</translation>
    </message>
    <message>
        <source>Staff will check {machine} before anyone uses it again.</source>
        <translation>سيفحص الموظفون {machine} قبل أن يستخدمه أحد مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>MachinesFlow</name>
    <message>
        <source>Free</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <source>Needs a check</source>
        <translation>تحتاج إلى فحص</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>معطّلة</translation>
    </message>
    <message>
        <source>no such relay controller</source>
        <translation>لا توجد وحدة تحكم مرحلات بهذا الاسم</translation>
    </message>
    <message>
        <source>controller not connected</source>
        <translation>وحدة التحكم غير متصلة</translation>
    </message>
    <message>
        <source>no answer from the controller</source>
        <translation>لا رد من وحدة التحكم</translation>
    </message>
    <message>
        <source>refused by the controller</source>
        <translation>رفضته وحدة التحكم</translation>
    </message>
    <message>
        <source>the emergency stop is pressed</source>
        <translation>زر الإيقاف الطارئ مضغوط</translation>
    </message>
    <message>
        <source>the controller shows it off</source>
        <translation>تُظهره وحدة التحكم مطفأً</translation>
    </message>
    <message>
        <source>the time had run out</source>
        <translation>كان الوقت قد انتهى</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>{time}: {what}</source>
        <translation>{time}: {what}</translation>
    </message>
    <message>
        <source>{relay} channel {channel}</source>
        <translation>{relay} القناة {channel}</translation>
    </message>
    <message>
        <source>No relay</source>
        <translation>بلا مرحل</translation>
    </message>
    <message>
        <source>On while the print runs</source>
        <translation>قيد التشغيل أثناء الطباعة</translation>
    </message>
    <message>
        <source>On until {time}</source>
        <translation>قيد التشغيل حتى الساعة {time}</translation>
    </message>
    <message>
        <source>Off, session until {time}</source>
        <translation>مطفأ، جلسة حتى {time}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>مطفأ</translation>
    </message>
    <message>
        <source>{time} {where}: the unlock was not confirmed ({problem}).</source>
        <translation>{time} {where}: لم يُؤكَّد فتح القفل ({problem}).</translation>
    </message>
    <message>
        <source>{time} {where}: the lock was not confirmed ({problem}); retrying.</source>
        <translation>{time} {where}: لم يُؤكَّد القفل ({problem})؛ جارٍ إعادة المحاولة.</translation>
    </message>
    <message>
        <source>{time} {where}: locked; the end of its session is not saved yet (the database can&apos;t be reached). Trying again.</source>
        <translation>{time} {where}: مقفل؛ لم تُحفظ نهاية جلسته بعد (تعذّر الوصول إلى قاعدة البيانات). جارٍ إعادة المحاولة.</translation>
    </message>
    <message>
        <source>{time} {where}: found off after a controller restart; switched on again.</source>
        <translation>{time} {where}: وُجد مطفأً بعد إعادة تشغيل وحدة التحكم؛ أُعيد تشغيله.</translation>
    </message>
    <message>
        <source>{time} {where}: found off after a controller restart; could not switch it on.</source>
        <translation>{time} {where}: وُجد مطفأً بعد إعادة تشغيل وحدة التحكم؛ تعذّر تشغيله.</translation>
    </message>
    <message>
        <source>{time} {where}: found on though nothing should be; locked.</source>
        <translation>{time} {where}: وُجد قيد التشغيل دون سبب؛ تم قفله.</translation>
    </message>
    <message>
        <source>No relay controller is configured on this kiosk.</source>
        <translation>لا توجد وحدة تحكم مرحلات مُعدّة على هذا الكشك.</translation>
    </message>
    <message>
        <source>Unlocking {name}…</source>
        <translation>جارٍ فتح قفل {name}…</translation>
    </message>
    <message>
        <source>{name} is unlocked until {time}.</source>
        <translation>{name} مفتوح حتى الساعة {time}.</translation>
    </message>
    <message>
        <source>{name} did not unlock: {problem}.</source>
        <translation>لم يُفتح قفل {name}: {problem}.</translation>
    </message>
    <message>
        <source>Locking {name}…</source>
        <translation>جارٍ قفل {name}…</translation>
    </message>
    <message>
        <source>{name} is locked.</source>
        <translation>{name} مقفل.</translation>
    </message>
    <message>
        <source>{name}: the lock was not confirmed ({problem}). Check it by hand.</source>
        <translation>{name}: لم يُؤكَّد القفل ({problem}). تحقق منه يدويًا.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>{name}: {state}.</source>
        <translation>{name}: {state}.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>لا يسمح حسابك بهذا. اطلب ذلك من أحد المسؤولين.</translation>
    </message>
    <message>
        <source>That can&apos;t be done for this machine ({code}).</source>
        <translation>لا يمكن تنفيذ ذلك لهذا الجهاز ({code}).</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>لا يمكن الوصول إلى قاعدة البيانات الآن. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>لم ينجح ذلك. يُرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>MachinesScreen</name>
    <message>
        <source>Machines</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>العودة إلى لوحة التحكم</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>No machines with a relay or a booking calendar yet.</source>
        <translation>لا توجد أجهزة بمرحل أو بتقويم حجز بعد.</translation>
    </message>
    <message>
        <source>Reported problems:</source>
        <translation>المشكلات المُبلَّغ عنها:</translation>
    </message>
    <message>
        <source>No problems reported.</source>
        <translation>لم يُبلَّغ عن أي مشكلات.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock for %n minutes</source>
        <translation>
            <numerusform>فتح القفل %n دقيقة</numerusform>
            <numerusform>فتح القفل دقيقة واحدة</numerusform>
            <numerusform>فتح القفل دقيقتين</numerusform>
            <numerusform>فتح القفل %n دقائق</numerusform>
            <numerusform>فتح القفل %n دقيقة</numerusform>
            <numerusform>فتح القفل %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>اقفل الآن</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>معطّلة</translation>
    </message>
    <message>
        <source>Checked: free</source>
        <translation>تم الفحص: متاح</translation>
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
        <source>This is a kit label</source>
        <translation>هذا ملصق مجموعة أدوات</translation>
    </message>
    <message>
        <source>Scan your card first, then choose “Borrow or return a kit” and scan this label again.</source>
        <translation>امسح بطاقتك أولًا، ثم اختر «استعارة مجموعة أدوات أو إعادتها» وامسح هذا الملصق مرة أخرى.</translation>
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
    <name>PrintQueueFlow</name>
    <message>
        <source>Print queue</source>
        <translation>قائمة انتظار الطباعة</translation>
    </message>
    <message>
        <source>Pausing {printer}…</source>
        <translation>جارٍ إيقاف {printer} مؤقتًا…</translation>
    </message>
    <message>
        <source>Resuming {printer}…</source>
        <translation>جارٍ استئناف {printer}…</translation>
    </message>
    <message>
        <source>{printer} is connected again.</source>
        <translation>{printer} متصلة من جديد.</translation>
    </message>
    <message>
        <source>Emergency stop sent to {printer}.</source>
        <translation>أُرسل إيقاف الطوارئ إلى {printer}.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Queued again.</source>
        <translation>أُعيد إلى قائمة الانتظار.</translation>
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
        <source>The printer did not do it: {reason}</source>
        <translation>لم تنفّذ الطابعة ذلك: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message>
        <source>The printer restarted during the print</source>
        <translation>أُعيد تشغيل الطابعة أثناء الطباعة</translation>
    </message>
    <message>
        <source>The printer halted</source>
        <translation>توقفت الطابعة</translation>
    </message>
    <message>
        <source>Emergency stop</source>
        <translation>إيقاف الطوارئ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <source>The printer reported a fault</source>
        <translation>أبلغت الطابعة عن عطل</translation>
    </message>
    <message>
        <source>The printer refused the file</source>
        <translation>رفضت الطابعة الملف</translation>
    </message>
    <message>
        <source>The printer could not be reached</source>
        <translation>تعذّر الوصول إلى الطابعة</translation>
    </message>
    <message>
        <source>The file is missing</source>
        <translation>الملف مفقود</translation>
    </message>
    <message>
        <source>It would have run past closing time</source>
        <translation>كانت ستستمر بعد وقت الإغلاق</translation>
    </message>
    <message>
        <source>It would have run into a booking of the printer</source>
        <translation>كانت ستتداخل مع حجز للطابعة</translation>
    </message>
    <message>
        <source>The kiosk stopped during the print</source>
        <translation>توقف الكشك أثناء الطباعة</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>غير متصلة</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>تطبع</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>مشغولة</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>تحتاج إلى تدخل</translation>
    </message>
    <message>
        <source>stopped: reset it on the printer, then reconnect</source>
        <translation>متوقفة: أعد ضبطها من الطابعة ثم أعد الاتصال</translation>
    </message>
    <message>
        <source>power only</source>
        <translation>الطاقة فقط</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>السرير</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>الحجرة</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>قائمة انتظار الطباعة</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>العودة إلى لوحة التحكم</translation>
    </message>
    <message>
        <source>Cancel print</source>
        <translation>إلغاء الطباعة</translation>
    </message>
    <message>
        <source>Reconnect printer</source>
        <translation>إعادة توصيل الطابعة</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Failed or cancelled</source>
        <translation>فاشلة أو ملغاة</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>No printers are configured.</source>
        <translation>لا توجد طابعات مهيأة.</translation>
    </message>
    <message>
        <source>{printer}: {state}</source>
        <translation>{printer}: {state}</translation>
    </message>
    <message>
        <source>No print running.</source>
        <translation>لا توجد طباعة جارية.</translation>
    </message>
    <message>
        <source>{file} · {percent}%</source>
        <translation>{file} · {percent}٪</translation>
    </message>
    <message>
        <source>{file} · sending to the printer</source>
        <translation>{file} · جارٍ الإرسال إلى الطابعة</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>يتبقى نحو {minutes} دقيقة</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Nozzle</source>
        <translation>الفوهة</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} دقيقة</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>أبكر</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>اطبع مجددًا</translation>
    </message>
</context>
<context>
    <name>PrintRefusal</name>
    <message>
        <source>It would still be printing at closing time ({closes}).</source>
        <translation>ستظل الطباعة جارية عند وقت الإغلاق ({closes}).</translation>
    </message>
    <message>
        <source>The library is closed that day.</source>
        <translation>المكتبة مغلقة في ذلك اليوم.</translation>
    </message>
    <message>
        <source>It would run into a booking of the printer from {start} to {end}.</source>
        <translation>ستتعارض مع حجز للطابعة من {start} إلى {end}.</translation>
    </message>
    <message>
        <source>This project&apos;s G-code is not approved for printing.</source>
        <translation>ملف G-code لهذا المشروع غير معتمد للطباعة.</translation>
    </message>
    <message>
        <source>{printer} takes no jobs from the kiosk: start the print on the printer itself.</source>
        <translation>لا تستقبل {printer} مهام من الكشك: ابدأ الطباعة من الطابعة نفسها.</translation>
    </message>
    <message>
        <source>{printer} is not a printer of this queue.</source>
        <translation>{printer} ليست طابعة في هذه القائمة.</translation>
    </message>
    <message>
        <source>This job can&apos;t be printed now. {reasons}</source>
        <translation>لا يمكن طباعة هذه المهمة الآن. {reasons}</translation>
    </message>
</context>
<context>
    <name>ProjectReviewsFlow</name>
    <message>
        <source>Project reviews</source>
        <translation>مراجعة المشاريع</translation>
    </message>
    <message>
        <source>Write what should change before returning it.</source>
        <translation>اكتب ما يجب تغييره قبل إعادته.</translation>
    </message>
    <message>
        <source>Approved: the makers hear it at their next check-in.</source>
        <translation>تمت الموافقة: سيعلم الصانعون عند تسجيل حضورهم القادم.</translation>
    </message>
    <message>
        <source>Returned: the makers see your feedback at check-in.</source>
        <translation>أُعيد: سيرى الصانعون ملاحظاتك عند تسجيل الحضور.</translation>
    </message>
    <message>
        <source>Rejected: the makers hear it at their next check-in.</source>
        <translation>رُفض: سيعلم الصانعون عند تسجيل حضورهم القادم.</translation>
    </message>
    <message>
        <source>Only G-code can be attached as the sliced file.</source>
        <translation>لا يمكن إرفاق إلا G-code كملف مقطّع.</translation>
    </message>
    <message>
        <source>%1 is in the queue of %2.</source>
        <translation>%1 في قائمة انتظار %2.</translation>
    </message>
    <message>
        <source>Hidden from the showcase.</source>
        <translation>أُخفي من المعرض.</translation>
    </message>
    <message>
        <source>Back in the showcase.</source>
        <translation>عاد إلى المعرض.</translation>
    </message>
</context>
<context>
    <name>ProjectReviewsScreen</name>
    <message>
        <source>Project reviews</source>
        <translation>مراجعة المشاريع</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>بالانتظار</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>كل المشاريع</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>العودة إلى لوحة التحكم</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>No projects are waiting for review.</source>
        <translation>لا توجد مشاريع بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation>لا توجد مشاريع بعد.</translation>
    </message>
    <message>
        <source>%1 (minor)</source>
        <translation>%1 (قاصر)</translation>
    </message>
    <message>
        <source>Shared in the showcase</source>
        <translation>مُشارك في المعرض</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>خاص</translation>
    </message>
    <message>
        <source>Hidden from the showcase</source>
        <translation>مخفي من المعرض</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <translation>من صنع: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>الوسوم: %1</translation>
    </message>
    <message>
        <source>Last feedback: %1</source>
        <translation>آخر الملاحظات: %1</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>معاينة %1</translation>
    </message>
    <message>
        <source>sliced by staff</source>
        <translation>قطّعه الموظفون</translation>
    </message>
    <message>
        <source>Sliced G-code to attach: %1</source>
        <translation>ملف G-code المقطّع للإرفاق: %1</translation>
    </message>
    <message>
        <source>Attach G-code from a USB stick</source>
        <translation>إرفاق G-code من USB</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Feedback for the makers</source>
        <translation>ملاحظات للصانعين</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Return with feedback</source>
        <translation>إعادة مع ملاحظات</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Print %1 on:</source>
        <translation>طباعة %1 على:</translation>
    </message>
    <message>
        <source>Send to the print queue</source>
        <translation>إرسال إلى قائمة الطباعة</translation>
    </message>
    <message>
        <source>Show in the showcase again</source>
        <translation>إظهار في المعرض مجددًا</translation>
    </message>
    <message>
        <source>Hide from the showcase</source>
        <translation>إخفاء من المعرض</translation>
    </message>
</context>
<context>
    <name>ProjectText</name>
    <message>
        <source>Waiting for review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Returned with feedback</source>
        <translation>أُعيد مع ملاحظات</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>غير مقبول</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>قيد الطباعة</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>تمت طباعته</translation>
    </message>
    <message>
        <source>Others may look, not copy</source>
        <translation>يمكن للآخرين المشاهدة لا النسخ</translation>
    </message>
    <message>
        <source>Others may copy it if they name you</source>
        <translation>يمكن للآخرين نسخه مع ذكر اسمك</translation>
    </message>
    <message>
        <source>Others may copy it, name you and share alike</source>
        <translation>يمكن نسخه مع ذكر اسمك والمشاركة بالمثل</translation>
    </message>
    <message>
        <source>Others may copy it, but not to sell</source>
        <translation>يمكن نسخه، لكن ليس للبيع</translation>
    </message>
    <message>
        <source>Free for anyone, no conditions</source>
        <translation>حر للجميع، بلا شروط</translation>
    </message>
    <message>
        <source>All rights reserved</source>
        <translation>جميع الحقوق محفوظة</translation>
    </message>
    <message>
        <source>Model: %1 × %2 × %3 mm</source>
        <translation>النموذج: %1 × %2 × %3 مم</translation>
    </message>
    <message>
        <source>Your print of &quot;%1&quot; is ready! Ask at the desk.</source>
        <translation>طباعة &quot;%1&quot; جاهزة! اسأل في المكتب.</translation>
    </message>
    <message>
        <source>Your project &quot;%1&quot; was approved.</source>
        <translation>تمت الموافقة على مشروعك &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Your project &quot;%1&quot; was returned with feedback.</source>
        <translation>أُعيد مشروعك &quot;%1&quot; مع ملاحظات.</translation>
    </message>
    <message>
        <source>Your project &quot;%1&quot; was not accepted.</source>
        <translation>لم يُقبل مشروعك &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Staff say: %1</source>
        <translation>يقول الموظفون: %1</translation>
    </message>
    <message>
        <source>A guardian&apos;s consent is needed before a minor&apos;s project can be shared. Choose &quot;Just us and staff&quot; or ask a staff member.</source>
        <translation>تلزم موافقة ولي الأمر قبل مشاركة مشروع قاصر. اختر &quot;نحن والموظفون فقط&quot; أو اسأل أحد الموظفين.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>لا يسمح حسابك بذلك. يرجى سؤال المسؤول.</translation>
    </message>
    <message>
        <source>Someone changed this meanwhile. Please look again.</source>
        <translation>غيّر أحدهم هذا في الأثناء. يرجى النظر مجددًا.</translation>
    </message>
    <message>
        <source>That was not found. It may have been removed.</source>
        <translation>لم يُعثر عليه. ربما أُزيل.</translation>
    </message>
    <message>
        <source>That did not work: %1.</source>
        <translation>لم ينجح ذلك: %1.</translation>
    </message>
    <message>
        <source>The kiosk can&apos;t save this right now. Please try again or see a staff member.</source>
        <translation>لا يستطيع الكشك حفظ هذا الآن. حاول مرة أخرى أو راجع أحد الموظفين.</translation>
    </message>
    <message>
        <source>It would still be printing at closing time.</source>
        <translation>ستظل الطباعة جارية وقت الإغلاق.</translation>
    </message>
    <message>
        <source>The library is closed that day.</source>
        <translation>المكتبة مغلقة في ذلك اليوم.</translation>
    </message>
    <message>
        <source>It would run into someone&apos;s booking of the printer.</source>
        <translation>ستتعارض مع حجز شخص آخر للطابعة.</translation>
    </message>
    <message>
        <source>Only approved G-code of this project can be printed.</source>
        <translation>لا يمكن طباعة إلا ملف G-code المعتمد لهذا المشروع.</translation>
    </message>
    <message>
        <source>That printer is not in the print queue.</source>
        <translation>هذه الطابعة ليست في قائمة انتظار الطباعة.</translation>
    </message>
    <message>
        <source>That printer is only switched on and off; it takes no jobs.</source>
        <translation>هذه الطابعة تُشغَّل وتُطفأ فقط؛ ولا تقبل مهام.</translation>
    </message>
    <message>
        <source>The print queue did not take it.</source>
        <translation>لم تقبله قائمة انتظار الطباعة.</translation>
    </message>
</context>
<context>
    <name>RefusedScreen</name>
    <message>
        <source>The booking could not be saved just now. Please try again, or ask a staff member.</source>
        <translation>تعذّر حفظ الحجز الآن. يُرجى المحاولة مرة أخرى، أو سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>اختر وقتًا آخر</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Read the agreement</source>
        <translation>اقرأ الاتفاقية</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>{item} can&apos;t be booked like this</source>
        <translation>لا يمكن حجز {item} بهذه الطريقة</translation>
    </message>
</context>
<context>
    <name>ReservationsScreen</name>
    <message>
        <source>My reservations</source>
        <translation>حجوزاتي</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Looking up your reservations…</source>
        <translation>جارٍ البحث عن حجوزاتك…</translation>
    </message>
    <message>
        <source>Your reservations can&apos;t be shown right now. Please ask a staff member.</source>
        <translation>لا يمكن عرض حجوزاتك الآن. يُرجى سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>You have no reservations coming up.</source>
        <translation>ليس لديك حجوزات قادمة.</translation>
    </message>
    <message>
        <source>Your booking of {item} is cancelled.</source>
        <translation>تم إلغاء حجزك لـ {item}.</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>قيد الاستخدام الآن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>نعم، ألغِه</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>احتفظ به</translation>
    </message>
    <message>
        <source>Cancel this booking?</source>
        <translation>هل تريد إلغاء هذا الحجز؟</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
</context>
<context>
    <name>ShowcasePanel</name>
    <message>
        <source>Made here: %1</source>
        <translation>صُنع هنا: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>من صنع %1</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>صورة %1</translation>
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
    <name>StaffToolsScreen</name>
    <message>
        <source>Staff tools</source>
        <translation>أدوات الموظفين</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>العودة إلى لوحة التحكم</translation>
    </message>
</context>
<context>
    <name>StepperRow</name>
    <message>
        <source>previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>less</source>
        <translation>أقل</translation>
    </message>
    <message>
        <source>more</source>
        <translation>أكثر</translation>
    </message>
</context>
<context>
    <name>SubmitProjectFlow</name>
    <message>
        <source>Submit a project</source>
        <translation>تقديم مشروع</translation>
    </message>
    <message>
        <source>Please give your project a title.</source>
        <translation>يرجى إعطاء مشروعك عنوانًا.</translation>
    </message>
    <message>
        <source>That&apos;s enough tags: take one off first.</source>
        <translation>هذه وسوم كافية: أزل واحدًا أولًا.</translation>
    </message>
    <message>
        <source>A project can have %1 people at most.</source>
        <translation>يمكن أن يضم المشروع %1 أشخاص على الأكثر.</translation>
    </message>
    <message>
        <source>%1 is already on this project.</source>
        <translation>%1 موجود بالفعل في هذا المشروع.</translation>
    </message>
    <message>
        <source>%1 joined the project.</source>
        <translation>انضم %1 إلى المشروع.</translation>
    </message>
    <message>
        <source>That is not a makerspace card. Please scan the QR code on the card.</source>
        <translation>هذه ليست بطاقة المساحة الإبداعية. يرجى مسح رمز QR على البطاقة.</translation>
    </message>
    <message>
        <source>That card does not belong to a patron. Please see a staff member.</source>
        <translation>هذه البطاقة لا تخص أحد المستفيدين. يرجى مراجعة أحد الموظفين.</translation>
    </message>
    <message>
        <source>That file is already added.</source>
        <translation>هذا الملف مضاف بالفعل.</translation>
    </message>
</context>
<context>
    <name>SubmitProjectScreen</name>
    <message>
        <source>Submit a project</source>
        <translation>تقديم مشروع</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>What is your project called?</source>
        <translation>ما اسم مشروعك؟</translation>
    </message>
    <message>
        <source>Tell us about it in a sentence or two</source>
        <translation>أخبرنا عنه في جملة أو جملتين</translation>
    </message>
    <message>
        <source>What is it about? Tap up to %1 tags.</source>
        <translation>عمّ يدور؟ المس حتى %1 وسوم.</translation>
    </message>
    <message>
        <source>Or add your own tag</source>
        <translation>أو أضف وسمك الخاص</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <source>Made it with friends? Each of them scans their card now.</source>
        <translation>صنعته مع أصدقاء؟ ليمسح كل منهم بطاقته الآن.</translation>
    </message>
    <message>
        <source>Who may see your project?</source>
        <translation>من يمكنه رؤية مشروعك؟</translation>
    </message>
    <message>
        <source>Just us and staff</source>
        <translation>نحن والموظفون فقط</translation>
    </message>
    <message>
        <source>The library&apos;s showcase</source>
        <translation>معرض المكتبة</translation>
    </message>
    <message>
        <source>The showcase shows first names only. Each of you may choose a nickname instead:</source>
        <translation>يعرض المعرض الأسماء الأولى فقط. يمكن لكل منكم اختيار لقب بدلًا منها:</translation>
    </message>
    <message>
        <source>May others copy your design?</source>
        <translation>هل يمكن للآخرين نسخ تصميمك؟</translation>
    </message>
    <message>
        <source>Add your model, G-code or a photo from a USB stick (optional).</source>
        <translation>أضف نموذجك أو ملف G-code أو صورة من ذاكرة USB (اختياري).</translation>
    </message>
    <message>
        <source>Print estimates for:</source>
        <translation>تقديرات الطباعة لـ:</translation>
    </message>
    <message>
        <source>Add a file from a USB stick</source>
        <translation>إضافة ملف من ذاكرة USB</translation>
    </message>
    <message>
        <source>Thank you! Your project is sent.</source>
        <translation>شكرًا! تم إرسال مشروعك.</translation>
    </message>
    <message>
        <source>Staff will look at it soon. You will see what they say the next time you check in.</source>
        <translation>سيطّلع عليه الموظفون قريبًا. سترى ردهم عند تسجيل حضورك القادم.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Submit project</source>
        <translation>إرسال المشروع</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (أنت)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>%1 is shown as</source>
        <translation>يظهر %1 باسم</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>معاينة %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>العنوان: %1</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <translation>من صنع: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>الوسوم: %1</translation>
    </message>
    <message>
        <source>Shared in the library&apos;s showcase as: %1</source>
        <translation>يُعرض في معرض المكتبة باسم: %1</translation>
    </message>
    <message>
        <source>Only you and staff see it.</source>
        <translation>لا يراه إلا أنتم والموظفون.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>الترخيص: %1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>الملفات: %1</translation>
    </message>
    <message>
        <source>No files added.</source>
        <translation>لم تُضف ملفات.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>check-in</source>
        <translation>تسجيل دخول</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>حجز</translation>
    </message>
    <message>
        <source>booking pause</source>
        <translation>إيقاف الحجز</translation>
    </message>
    <message>
        <source>kit loan</source>
        <translation>إعارة عدة</translation>
    </message>
    <message>
        <source>machine session</source>
        <translation>جلسة آلة</translation>
    </message>
    <message>
        <source>problem report</source>
        <translation>بلاغ عن مشكلة</translation>
    </message>
    <message>
        <source>project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <source>project member</source>
        <translation>عضو مشروع</translation>
    </message>
    <message>
        <source>project tag</source>
        <translation>وسم مشروع</translation>
    </message>
    <message>
        <source>project file</source>
        <translation>ملف مشروع</translation>
    </message>
    <message>
        <source>project review</source>
        <translation>مراجعة مشروع</translation>
    </message>
    <message>
        <source>patron notice</source>
        <translation>إشعار لرواد المكتبة</translation>
    </message>
    <message>
        <source>print job</source>
        <translation>مهمة طباعة</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>سجل تدقيق</translation>
    </message>
    <message>
        <source>patron</source>
        <translation>رائد المكتبة</translation>
    </message>
    <message>
        <source>card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>staff account</source>
        <translation>حساب موظف</translation>
    </message>
    <message>
        <source>machine or kit</source>
        <translation>آلة أو عدة</translation>
    </message>
    <message>
        <source>training record</source>
        <translation>سجل تدريب</translation>
    </message>
    <message>
        <source>the central store&apos;s server refused the connection. Library IT can check its address and firewall.</source>
        <translation>رفض خادم المخزن المركزي الاتصال. يمكن لقسم تقنية المعلومات في المكتبة التحقق من عنوانه وجدار الحماية.</translation>
    </message>
    <message>
        <source>the central store&apos;s server cannot be reached. Library IT can check the network and its address.</source>
        <translation>تعذّر الوصول إلى خادم المخزن المركزي. يمكن لقسم تقنية المعلومات في المكتبة التحقق من الشبكة ومن عنوانه.</translation>
    </message>
    <message>
        <source>the connection to the central store was lost during the sync.</source>
        <translation>انقطع الاتصال بالمخزن المركزي أثناء المزامنة.</translation>
    </message>
    <message>
        <source>the central store did not answer in time.</source>
        <translation>لم يستجب المخزن المركزي في الوقت المحدد.</translation>
    </message>
    <message>
        <source>the central store refused this kiosk&apos;s login. Library IT can check its user name and password.</source>
        <translation>رفض المخزن المركزي تسجيل دخول هذا الكشك. يمكن لقسم تقنية المعلومات في المكتبة التحقق من اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>the central store&apos;s address names a database that does not exist. Library IT can check central_url.</source>
        <translation>يشير عنوان المخزن المركزي إلى قاعدة بيانات غير موجودة. يمكن لقسم تقنية المعلومات في المكتبة التحقق من central_url.</translation>
    </message>
    <message>
        <source>the secure connection to the central store failed. Library IT can check its certificates.</source>
        <translation>فشل الاتصال الآمن بالمخزن المركزي. يمكن لقسم تقنية المعلومات في المكتبة التحقق من شهاداته.</translation>
    </message>
    <message>
        <source>the central store&apos;s address in the configuration file is not valid. Library IT can check central_url.</source>
        <translation>عنوان المخزن المركزي في ملف الإعدادات غير صالح. يمكن لقسم تقنية المعلومات في المكتبة التحقق من central_url.</translation>
    </message>
    <message>
        <source>the database at that address is not a central store yet. Library IT runs makerspace-kiosk central init there.</source>
        <translation>قاعدة البيانات في ذلك العنوان ليست مخزنًا مركزيًا بعد. يشغّل قسم تقنية المعلومات في المكتبة هناك makerspace-kiosk central init.</translation>
    </message>
    <message>
        <source>the central store&apos;s version ({central}) is newer than this kiosk&apos;s ({kiosk}). The kiosk software here needs an update.</source>
        <translation>إصدار المخزن المركزي ({central}) أحدث من إصدار هذا الكشك ({kiosk}). يلزم تحديث برنامج الكشك هنا.</translation>
    </message>
    <message>
        <source>the central store&apos;s version ({central}) is older than this kiosk&apos;s ({kiosk}). Library IT runs makerspace-kiosk central init with this version.</source>
        <translation>إصدار المخزن المركزي ({central}) أقدم من إصدار هذا الكشك ({kiosk}). يشغّل قسم تقنية المعلومات في المكتبة makerspace-kiosk central init بهذا الإصدار.</translation>
    </message>
    <message>
        <source>this kiosk has not joined the central store yet.</source>
        <translation>لم ينضم هذا الكشك إلى المخزن المركزي بعد.</translation>
    </message>
    <message>
        <source>the central store does not know this kiosk (it may have been reset). Library IT joins it again; nothing here is lost.</source>
        <translation>لا يعرف المخزن المركزي هذا الكشك (ربما أُعيد ضبطه). يضمّه قسم تقنية المعلومات في المكتبة من جديد؛ لا يضيع شيء هنا.</translation>
    </message>
    <message>
        <source>the central store has shut this kiosk out. Please ask Library IT.</source>
        <translation>منع المخزن المركزي هذا الكشك من المزامنة. يُرجى مراجعة قسم تقنية المعلومات في المكتبة.</translation>
    </message>
    <message>
        <source>something went wrong. Library IT finds the details in the kiosk&apos;s log.</source>
        <translation>حدث خطأ ما. يجد قسم تقنية المعلومات في المكتبة التفاصيل في سجل الكشك.</translation>
    </message>
    <message>
        <source>the machine was already booked for that time.</source>
        <translation>كانت الآلة محجوزة بالفعل في ذلك الوقت.</translation>
    </message>
    <message>
        <source>it clashes with a record made elsewhere meanwhile (a card number already taken, a kit already lent out).</source>
        <translation>يتعارض مع سجل أُنشئ في مكان آخر في الأثناء (رقم بطاقة مستخدم بالفعل، أو عدة مُعارة بالفعل).</translation>
    </message>
    <message>
        <source>it refers to a record that is not there (removed meanwhile, perhaps).</source>
        <translation>يشير إلى سجل غير موجود (ربما حُذف في الأثناء).</translation>
    </message>
    <message>
        <source>a value in it is missing or not allowed.</source>
        <translation>إحدى القيم فيه مفقودة أو غير مسموح بها.</translation>
    </message>
    <message>
        <source>the database did not accept it.</source>
        <translation>لم تقبله قاعدة البيانات.</translation>
    </message>
    <message>
        <source>This kiosk works on its own</source>
        <translation>هذا الكشك يعمل وحده</translation>
    </message>
    <message>
        <source>Not joined to the central store</source>
        <translation>غير منضم إلى المخزن المركزي</translation>
    </message>
    <message>
        <source>Connecting to the central store…</source>
        <translation>جارٍ الاتصال بالمخزن المركزي…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>No central store is set up, so everything stays on this kiosk.</source>
        <translation>لم يُعدّ مخزن مركزي، لذا يبقى كل شيء على هذا الكشك.</translation>
    </message>
    <message>
        <source>Library IT can connect it with [sync] central_url in the configuration file.</source>
        <translation>يمكن لقسم تقنية المعلومات في المكتبة ربطه عبر [sync] central_url في ملف الإعدادات.</translation>
    </message>
    <message>
        <source>Library IT joins this kiosk once with: makerspace-kiosk terminal join --branch CODE</source>
        <translation>يضمّ قسم تقنية المعلومات هذا الكشك مرة واحدة بالأمر: makerspace-kiosk terminal join --branch CODE</translation>
    </message>
    <message>
        <source>Until then it works on its own and keeps every change.</source>
        <translation>حتى ذلك الحين يعمل وحده ويحتفظ بكل تغيير.</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>آخر مزامنة: {when}</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>لم تتم المزامنة بعد.</translation>
    </message>
    <message>
        <source>Why: {error}</source>
        <translation>السبب: {error}</translation>
    </message>
    <message>
        <source>It keeps working and tries again at {when}.</source>
        <translation>يواصل العمل ويحاول مجددًا في {when}.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {count}</source>
        <translation>تغييرات بانتظار الإرسال: {count}</translation>
    </message>
    <message>
        <source>Offline since {when}</source>
        <translation>غير متصل منذ {when}</translation>
    </message>
    <message>
        <source>changes waiting: {count}</source>
        <translation>تغييرات منتظرة: {count}</translation>
    </message>
    <message>
        <source>Central store: {state} · {waiting}</source>
        <translation>المخزن المركزي: {state} · {waiting}</translation>
    </message>
    <message>
        <source>conflicts to review: {count}</source>
        <translation>تعارضات للمراجعة: {count}</translation>
    </message>
    <message>
        <source>{item}, {day} {start}–{end}</source>
        <translation>{item}، {day} {start}–{end}</translation>
    </message>
    <message>
        <source>a patron</source>
        <translation>أحد رواد المكتبة</translation>
    </message>
    <message>
        <source>another kiosk</source>
        <translation>كشك آخر</translation>
    </message>
    <message>
        <source>{patron}, booked at {terminal}</source>
        <translation>{patron}، حُجز في {terminal}</translation>
    </message>
    <message>
        <source>Two bookings of the same machine clashed</source>
        <translation>تعارض حجزان للآلة نفسها</translation>
    </message>
    <message>
        <source>Booking clash: {span}</source>
        <translation>تعارض حجوزات: {span}</translation>
    </message>
    <message>
        <source>Change refused: {what}, a new record</source>
        <translation>رُفض تغيير: {what}، سجل جديد</translation>
    </message>
    <message>
        <source>Change refused: {what}, a removal</source>
        <translation>رُفض تغيير: {what}، حذف</translation>
    </message>
    <message>
        <source>Change refused: {what}, an edit</source>
        <translation>رُفض تغيير: {what}، تعديل</translation>
    </message>
    <message>
        <source>Stands: {who}</source>
        <translation>يبقى قائمًا: {who}</translation>
    </message>
    <message>
        <source>Stands: a booking made at another kiosk (not on this kiosk yet)</source>
        <translation>يبقى قائمًا: حجز تم في كشك آخر (لم يصل إلى هذا الكشك بعد)</translation>
    </message>
    <message>
        <source>Not kept: {who}, while offline</source>
        <translation>لم يُحتفظ به: {who}، أثناء عدم الاتصال</translation>
    </message>
    <message>
        <source>Not kept: a booking made while offline</source>
        <translation>لم يُحتفظ به: حجز تم أثناء عدم الاتصال</translation>
    </message>
    <message>
        <source>The patron is told at their next check-in.</source>
        <translation>يُبلَّغ رائد المكتبة عند تسجيل دخوله التالي.</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <source>From: {terminal}</source>
        <translation>من: {terminal}</translation>
    </message>
    <message>
        <source>Everything else was kept. Please check this record by hand.</source>
        <translation>حُفظ كل ما عدا ذلك. يُرجى التحقق من هذا السجل يدويًا.</translation>
    </message>
    <message>
        <source>Your booking of {item} on {day} at {time} could not be kept: the machine was booked at another kiosk while this one was offline. Please book another time.</source>
        <translation>تعذّر الاحتفاظ بحجزك لـ {item} يوم {day} الساعة {time}: فقد حُجزت الآلة من كشك آخر أثناء انقطاع هذا الكشك عن الشبكة. يُرجى الحجز في وقت آخر.</translation>
    </message>
</context>
<context>
    <name>SyncToolFlow</name>
    <message>
        <source>Network &amp; sync</source>
        <translation>الشبكة والمزامنة</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Synced at {when}.</source>
        <translation>تمت المزامنة في {when}.</translation>
    </message>
    <message>
        <source>The sync did not run: this kiosk is not joined yet.</source>
        <translation>لم تتم المزامنة: هذا الكشك غير منضم بعد.</translation>
    </message>
    <message>
        <source>The sync did not work at {when}. The kiosk keeps every change.</source>
        <translation>فشلت المزامنة في {when}. يحتفظ الكشك بكل تغيير.</translation>
    </message>
    <message>
        <source>Marked resolved.</source>
        <translation>تم وضع علامة &quot;تم الحل&quot;.</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>لا يسمح حسابك بهذا. يُرجى سؤال أحد المسؤولين.</translation>
    </message>
    <message>
        <source>That conflict is no longer listed.</source>
        <translation>لم يعد هذا التعارض مدرجًا.</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>تعذّر الوصول إلى قاعدة البيانات الآن. يُرجى المحاولة مجددًا.</translation>
    </message>
</context>
<context>
    <name>SyncToolScreen</name>
    <message>
        <source>Network &amp; sync</source>
        <translation>الشبكة والمزامنة</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>العودة إلى لوحة التحكم</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>تم الحل</translation>
    </message>
    <message>
        <source>Conflicts to review: {count}</source>
        <translation>تعارضات للمراجعة: {count}</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>تعارضات للمراجعة</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>لا توجد تعارضات للمراجعة.</translation>
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
    <name>TrainingsFlow</name>
    <message>
        <source>Trainings &amp; consent</source>
        <translation>التدريبات والموافقة</translation>
    </message>
    <message>
        <source>One moment: still busy with the last step.</source>
        <translation>لحظة من فضلك: ما زالت الخطوة السابقة قيد التنفيذ.</translation>
    </message>
    <message>
        <source>Certified on {training} until {date}.</source>
        <translation>تم الاعتماد في {training} حتى {date}.</translation>
    </message>
    <message>
        <source>Certified on {training}.</source>
        <translation>تم الاعتماد في {training}.</translation>
    </message>
    <message>
        <source>Certification on {training} revoked.</source>
        <translation>تم إلغاء الاعتماد في {training}.</translation>
    </message>
    <message>
        <source>Guardian consent recorded.</source>
        <translation>تم تسجيل موافقة ولي الأمر.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>تم سحب الموافقة.</translation>
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
</context>
<context>
    <name>TrainingsScreen</name>
    <message>
        <source>✓ Certified</source>
        <translation>✓ معتمد</translation>
    </message>
    <message>
        <source>✓ Certified until {date}</source>
        <translation>✓ معتمد حتى {date}</translation>
    </message>
    <message>
        <source>Expired on {date}</source>
        <translation>انتهى في {date}</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>غير معتمد</translation>
    </message>
    <message>
        <source>Trainings &amp; consent</source>
        <translation>التدريبات والموافقة</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>العودة إلى لوحة التحكم</translation>
    </message>
    <message>
        <source>Scan the patron&apos;s card, or find them by name.</source>
        <translation>امسح بطاقة المستفيد، أو ابحث عنه بالاسم.</translation>
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
        <source>Nobody found with that name.</source>
        <translation>لا يوجد أحد بهذا الاسم.</translation>
    </message>
    <message>
        <source>{name} (under 18)</source>
        <translation>{name} (دون 18 سنة)</translation>
    </message>
    <message>
        <source>Guardian consent on file since {date}.</source>
        <translation>موافقة ولي الأمر مسجلة منذ {date}.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <source>No guardian consent on file: this minor cannot book machines yet.</source>
        <translation>لا توجد موافقة من ولي الأمر: لا يمكن لهذا القاصر حجز الآلات بعد.</translation>
    </message>
    <message>
        <source>No guardian consent on file (not needed for adults).</source>
        <translation>لا توجد موافقة من ولي الأمر (غير مطلوبة للبالغين).</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>Tap a training to certify the patron on it.</source>
        <translation>المس تدريبًا لاعتماد المستفيد فيه.</translation>
    </message>
    <message>
        <source>No trainings yet. An administrator adds them with &apos;makerspace-kiosk training add&apos;.</source>
        <translation>لا توجد تدريبات بعد. يضيفها المسؤول بالأمر &apos;makerspace-kiosk training add&apos;.</translation>
    </message>
    <message>
        <source>Another patron</source>
        <translation>مستفيد آخر</translation>
    </message>
    <message>
        <source>Certify {name} on {training}?</source>
        <translation>هل تعتمد {name} في {training}؟</translation>
    </message>
    <message>
        <source>The certification does not expire.</source>
        <translation>هذا الاعتماد لا تنتهي صلاحيته.</translation>
    </message>
    <message numerus="yes">
        <source>The certification is valid for %n month(s).</source>
        <translation>
            <numerusform>هذا الاعتماد صالح لمدة %n شهر.</numerusform>
            <numerusform>هذا الاعتماد صالح لمدة شهر واحد.</numerusform>
            <numerusform>هذا الاعتماد صالح لمدة شهرين.</numerusform>
            <numerusform>هذا الاعتماد صالح لمدة %n أشهر.</numerusform>
            <numerusform>هذا الاعتماد صالح لمدة %n شهرًا.</numerusform>
            <numerusform>هذا الاعتماد صالح لمدة %n شهر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certify again</source>
        <translation>اعتماد من جديد</translation>
    </message>
    <message>
        <source>Certify</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إلغاء الاعتماد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>UsbPickerScreen</name>
    <message>
        <source>This file is too large for the kiosk.</source>
        <translation>هذا الملف أكبر من أن يقبله الكشك.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>هذا الملف فارغ.</translation>
    </message>
    <message>
        <source>The kiosk does not take this kind of file. It takes 3D models (STL, 3MF, OBJ), G-code, Arduino sketches, photos (PNG, JPEG), PDF and SVG.</source>
        <translation>لا يقبل الكشك هذا النوع من الملفات. يقبل النماذج ثلاثية الأبعاد (STL وOBJ و3MF) وملفات G-code وبرامج Arduino والصور (PNG وJPEG) وملفات PDF وSVG.</translation>
    </message>
    <message>
        <source>This file is damaged and cannot be read.</source>
        <translation>هذا الملف تالف ولا يمكن قراءته.</translation>
    </message>
    <message>
        <source>This file is incomplete: it was cut short when it was saved.</source>
        <translation>هذا الملف غير مكتمل: انقطع أثناء حفظه.</translation>
    </message>
    <message>
        <source>This file unpacks to far more than it holds; it is refused.</source>
        <translation>يُفكّ ضغط هذا الملف إلى أكبر بكثير مما يحتويه؛ لذلك رُفض.</translation>
    </message>
    <message>
        <source>This file&apos;s name is not allowed.</source>
        <translation>اسم هذا الملف غير مسموح به.</translation>
    </message>
    <message>
        <source>This is a link to something outside the USB stick.</source>
        <translation>هذا رابط إلى شيء خارج ذاكرة USB.</translation>
    </message>
    <message>
        <source>This is not a file the kiosk can copy.</source>
        <translation>هذا ليس ملفًا يستطيع الكشك نسخه.</translation>
    </message>
    <message>
        <source>The USB stick could not be read. Was it pulled out? Plug it in and try again.</source>
        <translation>تعذّرت قراءة ذاكرة USB. هل نُزعت؟ أدخلها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s disk is full. Please see a staff member.</source>
        <translation>قرص الكشك ممتلئ. يُرجى مراجعة أحد الموظفين.</translation>
    </message>
    <message>
        <source>The kiosk could not save the file. Please see a staff member.</source>
        <translation>لم يتمكن الكشك من حفظ الملف. يُرجى مراجعة أحد الموظفين.</translation>
    </message>
    <message>
        <source>This file cannot be used.</source>
        <translation>لا يمكن استخدام هذا الملف.</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>برنامج</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 م.ب</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 ك.ب</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>Print time: about %1</source>
        <translation>مدة الطباعة: حوالي %1</translation>
    </message>
    <message>
        <source>Filament: %1 m, %2 g</source>
        <translation>الخيط: %1 م، %2 غ</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>الطبقات: %1</translation>
    </message>
    <message>
        <source>Size: %1 × %2 × %3 mm</source>
        <translation>الحجم: %1 × %2 × %3 مم</translation>
    </message>
    <message>
        <source>Fits the printer %1.</source>
        <translation>يناسب الطابعة %1.</translation>
    </message>
    <message>
        <source>Does NOT fit the printer %1.</source>
        <translation>لا يناسب الطابعة %1.</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>غير مقبول</translation>
    </message>
    <message>
        <source>outside the stick</source>
        <translation>خارج الذاكرة</translation>
    </message>
    <message>
        <source>name not allowed</source>
        <translation>الاسم غير مسموح</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>لا يمكن قراءته</translation>
    </message>
    <message>
        <source>Looking for a USB stick…</source>
        <translation>جارٍ البحث عن ذاكرة USB…</translation>
    </message>
    <message>
        <source>No USB stick found</source>
        <translation>لم يُعثر على ذاكرة USB</translation>
    </message>
    <message>
        <source>Choose your USB stick</source>
        <translation>اختر ذاكرة USB الخاصة بك</translation>
    </message>
    <message>
        <source>Pick a file from your USB stick</source>
        <translation>اختر ملفًا من ذاكرة USB</translation>
    </message>
    <message>
        <source>Copying your file…</source>
        <translation>جارٍ نسخ ملفك…</translation>
    </message>
    <message>
        <source>Is this the right file?</source>
        <translation>هل هذا هو الملف الصحيح؟</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>لا يمكن استخدام هذا الملف</translation>
    </message>
    <message>
        <source>Plug a USB stick into the kiosk: it will show here by itself.</source>
        <translation>أدخل ذاكرة USB في الكشك: ستظهر هنا تلقائيًا.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>لحظة من فضلك…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>المجلد الأعلى</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>ابحث مرة أخرى</translation>
    </message>
    <message>
        <source>Cancel copy</source>
        <translation>إلغاء النسخ</translation>
    </message>
    <message>
        <source>Pick another file</source>
        <translation>اختر ملفًا آخر</translation>
    </message>
    <message>
        <source>Use this file</source>
        <translation>استخدم هذا الملف</translation>
    </message>
    <message>
        <source>Model: %1 × %2 × %3 mm</source>
        <translation>النموذج: %1 × %2 × %3 مم</translation>
    </message>
</context>
<context>
    <name>WaiverFlow</name>
    <message>
        <source>The agreement was just updated. Please read the new version.</source>
        <translation>تم تحديث الاتفاقية للتو. يرجى قراءة النسخة الجديدة.</translation>
    </message>
    <message>
        <source>That did not work. Please try again, or ask a staff member.</source>
        <translation>لم ينجح ذلك. يرجى المحاولة مرة أخرى أو طلب المساعدة من أحد الموظفين.</translation>
    </message>
</context>
<context>
    <name>WaiverScreen</name>
    <message>
        <source>Before you use the machines</source>
        <translation>قبل استخدام الآلات</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>لحظة من فضلك…</translation>
    </message>
    <message>
        <source>Please read the makerspace agreement (version {version}). A parent or guardian reads and accepts it with you.</source>
        <translation>يرجى قراءة اتفاقية مساحة الصناعة (النسخة {version}). يقرؤها أحد الوالدين أو ولي الأمر ويوافق عليها معك.</translation>
    </message>
    <message>
        <source>Please read the makerspace agreement (version {version}). Scroll to read it all.</source>
        <translation>يرجى قراءة اتفاقية مساحة الصناعة (النسخة {version}). مرّر لقراءتها كاملة.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>I accept</source>
        <translation>أوافق</translation>
    </message>
    <message>
        <source>The agreement&apos;s text</source>
        <translation>نص الاتفاقية</translation>
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
        <source>News for you</source>
        <translation>أخبار لك</translation>
    </message>
    <message>
        <source>Your reservations today</source>
        <translation>حجوزاتك اليوم</translation>
    </message>
    <message>
        <source>{time}  {item}</source>
        <translation>{time}  {item}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>The library is closed on {day} ({reason}): your booking of {item} at {time} can&apos;t go ahead. Please book another day.</source>
        <translation>المكتبة مغلقة يوم {day} ({reason}): لا يمكن تنفيذ حجزك لـ {item} في {time}. يرجى الحجز في يوم آخر.</translation>
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
