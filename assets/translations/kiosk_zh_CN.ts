<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessibilityScreen</name>
    <message>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Changes last until you finish. Tap again to turn off.</source>
        <translation>设置在您结束前有效。再点一次即可关闭。</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>大字体</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>{option}: {state}</source>
        <translation>{option}：{state}</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Language: {name}</source>
        <translation>语言：{name}</translation>
    </message>
    <message>
        <source>{library} · {branch}</source>
        <translation>{library} · {branch}</translation>
    </message>
    <message>
        <source>Scan your card</source>
        <translation>请扫描您的卡</translation>
    </message>
    <message>
        <source>Hold the QR code on your makerspace card under the scanner.</source>
        <translation>请把创客空间卡上的二维码放在扫描器下面。</translation>
    </message>
    <message>
        <source>Demo: simulate a scan (F2)</source>
        <translation>演示：模拟扫描（F2）</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>A card held under the scanner</source>
        <translation>把卡放在扫描器下面</translation>
    </message>
</context>
<context>
    <name>BookedScreen</name>
    <message>
        <source>Start now</source>
        <translation>现在开始</translation>
    </message>
    <message>
        <source>My reservations</source>
        <translation>我的预约</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>{item}
{day}, {time}</source>
        <translation>{item}
{day}，{time}</translation>
    </message>
    <message>
        <source>Tap “Start now” to switch the machine on.</source>
        <translation>点击“现在开始”打开机器。</translation>
    </message>
    <message>
        <source>When your time comes, scan your card here and tap “Start”.</source>
        <translation>到了您的时间，请在这里扫描您的卡并点击“开始”。</translation>
    </message>
</context>
<context>
    <name>BookingText</name>
    <message>
        <source>That time has already gone by.</source>
        <translation>这个时间已经过去了。</translation>
    </message>
    <message>
        <source>Please choose a later time.</source>
        <translation>请选择更晚的时间。</translation>
    </message>
    <message>
        <source>A booking needs a length.</source>
        <translation>预约需要设定时长。</translation>
    </message>
    <message>
        <source>Choose how long with the + button.</source>
        <translation>用 + 按钮选择时长。</translation>
    </message>
    <message>
        <source>The shortest booking is {limit}.</source>
        <translation>最短预约时长为 {limit}。</translation>
    </message>
    <message>
        <source>Choose a longer time with the + button.</source>
        <translation>用 + 按钮选择更长的时间。</translation>
    </message>
    <message>
        <source>The longest booking is {limit}.</source>
        <translation>最长预约时长为 {limit}。</translation>
    </message>
    <message>
        <source>Choose a shorter time with the − button.</source>
        <translation>用 − 按钮选择更短的时间。</translation>
    </message>
    <message>
        <source>Bookings start and last in steps of {step}.</source>
        <translation>预约的开始时间和时长以 {step} 为单位。</translation>
    </message>
    <message>
        <source>Choose a time on the timeline, then a length.</source>
        <translation>请在时间表上选择时间，再选择时长。</translation>
    </message>
    <message>
        <source>You can book up to {limit} a day, and you have {used} booked already.</source>
        <translation>您每天最多可预约 {limit}，已预约 {used}。</translation>
    </message>
    <message>
        <source>Choose a shorter time, or another day.</source>
        <translation>请选择更短的时间或另一天。</translation>
    </message>
    <message>
        <source>You can book up to {limit} a week, and you have {used} booked already.</source>
        <translation>您每周最多可预约 {limit}，已预约 {used}。</translation>
    </message>
    <message>
        <source>Choose a shorter time, or a day next week.</source>
        <translation>请选择更短的时间或下周的某一天。</translation>
    </message>
    <message>
        <source>That day is too far ahead to book yet.</source>
        <translation>这一天太远，暂时还不能预约。</translation>
    </message>
    <message>
        <source>Choose a day up to {until}, or book this one later.</source>
        <translation>请选择 {until} 之前的日期，或稍后再预约这一天。</translation>
    </message>
    <message>
        <source>The makerspace is closed at that time.</source>
        <translation>创客空间在那个时间不开放。</translation>
    </message>
    <message>
        <source>Choose a time when it is open.</source>
        <translation>请选择开放时间。</translation>
    </message>
    <message>
        <source>The library is closed that day. {reason}</source>
        <translation>图书馆那天闭馆。{reason}</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>请选择另一天。</translation>
    </message>
    <message>
        <source>The booking would end after closing time ({closes_at}).</source>
        <translation>预约将在闭馆时间（{closes_at}）之后结束。</translation>
    </message>
    <message>
        <source>Choose a shorter time or an earlier start.</source>
        <translation>请选择更短的时间或更早的开始时间。</translation>
    </message>
    <message>
        <source>Someone else has booked this time.</source>
        <translation>这个时间已被别人预约。</translation>
    </message>
    <message>
        <source>Please choose another free time.</source>
        <translation>请选择其他空闲时间。</translation>
    </message>
    <message>
        <source>The machine needs {minutes} free between two bookings.</source>
        <translation>两次预约之间机器需要空闲 {minutes}。</translation>
    </message>
    <message>
        <source>Start a little later or end a little earlier.</source>
        <translation>请稍晚开始或稍早结束。</translation>
    </message>
    <message>
        <source>This machine needs the “{training}” training first.</source>
        <translation>使用这台机器需要先完成“{training}”培训。</translation>
    </message>
    <message>
        <source>Please ask a staff member about the “{training}” training.</source>
        <translation>请向工作人员咨询“{training}”培训。</translation>
    </message>
    <message>
        <source>We need a parent&apos;s or guardian&apos;s permission on file first.</source>
        <translation>我们需要先存档父母或监护人的同意。</translation>
    </message>
    <message>
        <source>Please come back with a parent or guardian to see a staff member.</source>
        <translation>请与父母或监护人一起来找工作人员。</translation>
    </message>
    <message>
        <source>Please read and accept the makerspace safety agreement first.</source>
        <translation>请先阅读并接受创客空间安全协议。</translation>
    </message>
    <message>
        <source>Tap “Read the agreement” below.</source>
        <translation>请点击下方的“阅读协议”。</translation>
    </message>
    <message>
        <source>Booking is paused for you after missed bookings, until {until}.</source>
        <translation>由于多次预约未到，您的预约功能已暂停，直到 {until}。</translation>
    </message>
    <message>
        <source>A staff member can help if this seems wrong.</source>
        <translation>如果您觉得有误，工作人员可以帮助您。</translation>
    </message>
    <message>
        <source>This item can&apos;t be booked.</source>
        <translation>此物品不能预约。</translation>
    </message>
    <message>
        <source>Please ask a staff member how to use it.</source>
        <translation>请向工作人员询问如何使用。</translation>
    </message>
    <message>
        <source>This machine is out of order.</source>
        <translation>这台机器出故障了。</translation>
    </message>
    <message>
        <source>Choose another machine, or ask a staff member.</source>
        <translation>请选择其他机器，或询问工作人员。</translation>
    </message>
    <message>
        <source>The machine is in use or waiting for a check.</source>
        <translation>机器正在使用中或等待检查。</translation>
    </message>
    <message>
        <source>Book a free time later instead.</source>
        <translation>请改为预约之后的空闲时间。</translation>
    </message>
    <message>
        <source>This card can&apos;t be used any more.</source>
        <translation>这张卡已不能再使用。</translation>
    </message>
    <message>
        <source>Please ask a staff member for a new card.</source>
        <translation>请向工作人员申请新卡。</translation>
    </message>
    <message>
        <source>That booking belongs to someone else.</source>
        <translation>这个预约属于别人。</translation>
    </message>
    <message>
        <source>Please ask a staff member.</source>
        <translation>请询问工作人员。</translation>
    </message>
    <message>
        <source>That booking can&apos;t be cancelled: it has started or ended.</source>
        <translation>这个预约不能取消：已经开始或结束。</translation>
    </message>
    <message>
        <source>Please ask a staff member if something is wrong.</source>
        <translation>如有问题，请询问工作人员。</translation>
    </message>
    <message>
        <source>Please ask a staff member to show you the agreement.</source>
        <translation>请工作人员给您看这份协议。</translation>
    </message>
    <message>
        <source>The library&apos;s rules don&apos;t allow this booking.</source>
        <translation>图书馆的规定不允许此预约。</translation>
    </message>
    <message>
        <source>A staff member can tell you more.</source>
        <translation>工作人员可以告诉您更多信息。</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>已过</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a week column&apos;s heading, as short as &apos;Mon&apos;</comment>
        <translation>今天</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Free now</source>
        <translation>现在空闲</translation>
    </message>
    <message>
        <source>In use until {time}</source>
        <translation>使用中，至 {time}</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Booked until {time}</source>
        <translation>已预约，至 {time}</translation>
    </message>
    <message>
        <source>Booked now</source>
        <translation>现在已预约</translation>
    </message>
    <message>
        <source>Needs a check</source>
        <translation>需要检查</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>故障</translation>
    </message>
</context>
<context>
    <name>CardPrint</name>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Kit code</source>
        <translation>套件编号</translation>
    </message>
</context>
<context>
    <name>CardSetupScreen</name>
    <message>
        <source>Set up a card</source>
        <translation>设置卡片</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>返回控制台</translation>
    </message>
    <message>
        <source>Scan the card to set up now.</source>
        <translation>请现在扫描要设置的卡。</translation>
    </message>
    <message>
        <source>Card scanned at {time}.</source>
        <translation>已在 {time} 扫描卡片。</translation>
    </message>
    <message>
        <source>The patron&apos;s name</source>
        <translation>读者姓名</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>New patron with this card</source>
        <translation>用这张卡登记新读者</translation>
    </message>
    <message>
        <source>Nobody found with that name.</source>
        <translation>没有找到这个名字的人。</translation>
    </message>
    <message>
        <source>Name (as the patron wants it shown)</source>
        <translation>姓名（按读者希望的方式显示）</translation>
    </message>
    <message>
        <source>Year of birth (optional; tells us about minors)</source>
        <translation>出生年份（可不填；用来识别未成年人）</translation>
    </message>
    <message>
        <source>Register and set up the card</source>
        <translation>登记并设置卡片</translation>
    </message>
    <message>
        <source>The card now belongs to {name}. Their next scan checks them in.</source>
        <translation>这张卡现在属于 {name}。下次扫描就能签到。</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
</context>
<context>
    <name>CheckingScreen</name>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>请稍候。</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>ConsoleScreen</name>
    <message>
        <source>Patron checked in</source>
        <translation>读者已签到</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>工作人员卡</translation>
    </message>
    <message>
        <source>Unknown card</source>
        <translation>未知的卡</translation>
    </message>
    <message>
        <source>Revoked card</source>
        <translation>已作废的卡</translation>
    </message>
    <message>
        <source>Card not from this library</source>
        <translation>不是本馆的卡</translation>
    </message>
    <message>
        <source>Unreadable scan</source>
        <translation>无法读取的扫描</translation>
    </message>
    <message>
        <source>Library barcode</source>
        <translation>图书馆条形码</translation>
    </message>
    <message>
        <source>Could not check in (database)</source>
        <translation>无法签到（数据库）</translation>
    </message>
    <message>
        <source>Close console</source>
        <translation>关闭控制台</translation>
    </message>
    <message>
        <source>Set up a card</source>
        <translation>设置卡片</translation>
    </message>
    <message>
        <source>Lock all machines</source>
        <translation>锁定所有机器</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>退出自助终端</translation>
    </message>
    <message>
        <source>Staff tools</source>
        <translation>工作人员工具</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Recent scans at this kiosk</source>
        <translation>本终端最近的扫描</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Staff console</source>
        <translation>工作人员控制台</translation>
    </message>
    <message>
        <source>Staff console · {name}</source>
        <translation>工作人员控制台 · {name}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Checked in today: {today}
In now: {now} (checked in within {hours} h)</source>
        <translation>今天签到：{today}
现在在场：{now}（{hours} 小时内签到）</translation>
    </message>
    <message>
        <source>No scans since the kiosk started.</source>
        <translation>终端启动后还没有扫描。</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name}：{status}</translation>
    </message>
    <message>
        <source>{name} ({kind}): {status}</source>
        <translation>{name}（{kind}）：{status}</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>relay controller</source>
        <translation>继电器控制器</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>card scanner</source>
        <translation>读卡器</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>正在重新连接</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message>
        <source>I need more time</source>
        <translation>我需要更多时间</translation>
    </message>
    <message>
        <source>Still there? Back to the start in 1 second.</source>
        <translation>还在吗？1 秒后回到首页。</translation>
    </message>
    <message numerus="yes">
        <source>Still there? Back to the start in %n seconds.</source>
        <translation>
            <numerusform>还在吗？%n 秒后回到首页。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCards</name>
    <message>
        <source>{name} (card {number}, revoked)</source>
        <translation>{name}（卡号 {number}，已作废）</translation>
    </message>
    <message>
        <source>{name} (card {number})</source>
        <translation>{name}（卡号 {number}）</translation>
    </message>
    <message>
        <source>Staff card: {name}</source>
        <translation>工作人员卡：{name}</translation>
    </message>
    <message>
        <source>A forged card (altered code)</source>
        <translation>伪造的卡（代码被改过）</translation>
    </message>
    <message>
        <source>A garbage scan</source>
        <translation>乱码扫描</translation>
    </message>
    <message>
        <source>Kit label: {name}</source>
        <translation>套件标签：{name}</translation>
    </message>
</context>
<context>
    <name>DemoPickerScreen</name>
    <message>
        <source>Demo: simulate a scan</source>
        <translation>演示：模拟扫描</translation>
    </message>
    <message>
        <source>Tap a demo card. Its code goes through the same path as a real scanner. (Shortcut: F2)</source>
        <translation>轻触一张演示卡。它的代码和真的扫描器走同一条路。（快捷键：F2）</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>回到首页</translation>
    </message>
    <message>
        <source>Demo cards</source>
        <translation>演示卡</translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <source>{name}: {text}</source>
        <translation>{name}：{text}</translation>
    </message>
    <message>
        <source>the controller restarted; every channel is locked</source>
        <translation>控制器已重启；所有通道均已锁定</translation>
    </message>
    <message>
        <source>channel {channel}: unlock not confirmed, locking it again</source>
        <translation>通道 {channel}：解锁未确认，正在重新锁定</translation>
    </message>
    <message>
        <source>channel {channel}: locked again after an unconfirmed unlock</source>
        <translation>通道 {channel}：解锁未确认，已重新锁定</translation>
    </message>
    <message>
        <source>emergency stop pressed: every channel locked</source>
        <translation>已按下急停：所有通道均已锁定</translation>
    </message>
    <message>
        <source>the controller lost the kiosk&apos;s heartbeat and locked</source>
        <translation>控制器失去了自助机的心跳信号并已锁定</translation>
    </message>
    <message>
        <source>job {job} failed: {reason}</source>
        <translation>任务 {job} 失败：{reason}</translation>
    </message>
    <message>
        <source>emergency stop: its power was cut ({reason})</source>
        <translation>紧急停止：已切断电源（{reason}）</translation>
    </message>
    <message>
        <source>emergency stop: its power relay did not switch off ({reason}); switch it off by hand</source>
        <translation>紧急停止：电源继电器没有断开（{reason}）；请手动关闭</translation>
    </message>
    <message>
        <source>emergency stop asked ({reason}), but no power relay is set up for it; switch it off by hand</source>
        <translation>已请求紧急停止（{reason}），但没有为它设置电源继电器；请手动关闭</translation>
    </message>
    <message>
        <source>Card scanner</source>
        <translation>读卡器</translation>
    </message>
    <message>
        <source>nothing is connected at {port}</source>
        <translation>{port} 上没有连接任何设备</translation>
    </message>
    <message>
        <source>channels still on: {channels}</source>
        <translation>仍然通电的通道：{channels}</translation>
    </message>
</context>
<context>
    <name>EquipmentAdminFlow</name>
    <message>
        <source>3D printer</source>
        <translation>3D 打印机</translation>
    </message>
    <message>
        <source>Laser cutter</source>
        <translation>激光切割机</translation>
    </message>
    <message>
        <source>Vinyl cutter</source>
        <translation>乙烯基切割机</translation>
    </message>
    <message>
        <source>Sewing machine</source>
        <translation>缝纫机</translation>
    </message>
    <message>
        <source>Arduino kit</source>
        <translation>Arduino 套件</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>笔记本电脑</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Laser</source>
        <translation>激光</translation>
    </message>
    <message>
        <source>Vinyl</source>
        <translation>乙烯基</translation>
    </message>
    <message>
        <source>Sewing</source>
        <translation>缝纫</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>电路</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>needs a check</source>
        <translation>需要检查</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>时段长度</translation>
    </message>
    <message>
        <source>Shortest booking</source>
        <translation>最短预约</translation>
    </message>
    <message>
        <source>Longest booking</source>
        <translation>最长预约</translation>
    </message>
    <message>
        <source>Most a day per patron</source>
        <translation>每位用户每天最多</translation>
    </message>
    <message>
        <source>Most a week per patron</source>
        <translation>每位用户每周最多</translation>
    </message>
    <message>
        <source>Bookable days ahead</source>
        <translation>可提前预约天数</translation>
    </message>
    <message>
        <source>Free time between bookings</source>
        <translation>预约之间的空闲时间</translation>
    </message>
    <message>
        <source>Slot freed after a no-show of</source>
        <translation>未到场多久后释放时段</translation>
    </message>
    <message>
        <source>No-shows before a pause</source>
        <translation>暂停前允许的未到场次数</translation>
    </message>
    <message>
        <source>Booking pause</source>
        <translation>预约暂停</translation>
    </message>
    <message>
        <source>Equipment &amp; rules</source>
        <translation>设备和规则</translation>
    </message>
    <message>
        <source>Please type the item&apos;s name.</source>
        <translation>请输入设备名称。</translation>
    </message>
    <message>
        <source>An item must be reservable, lendable or both.</source>
        <translation>设备必须可预约、可借出或两者兼有。</translation>
    </message>
    <message>
        <source>{name} is saved.</source>
        <translation>{name} 已保存。</translation>
    </message>
    <message>
        <source>The rule for {kind} is saved.</source>
        <translation>{kind} 的规则已保存。</translation>
    </message>
    <message>
        <source>Please type the reason patrons will see.</source>
        <translation>请输入用户将看到的原因。</translation>
    </message>
    <message>
        <source>Closing must come after opening.</source>
        <translation>关门时间必须晚于开门时间。</translation>
    </message>
    <message>
        <source>The second opening must start after the first one closes.</source>
        <translation>第二次开放必须在第一次关门之后开始。</translation>
    </message>
    <message>
        <source>The hours for {day} are saved.</source>
        <translation>{day} 的开放时间已保存。</translation>
    </message>
    <message>
        <source>Closed on {day}.</source>
        <translation>{day} 闭馆。</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) were already made for that day: those patrons are told when they next check in, and are listed below.</source>
        <translation>
            <numerusform>当天已有 %n 个预约：这些用户下次签到时会收到通知，名单见下方。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is retired.</source>
        <translation>{name} 已停用。</translation>
    </message>
    <message>
        <source>Open again on {day}.</source>
        <translation>{day} 重新开放。</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>您的账户不能做这个操作。请找管理员。</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>现在无法连接数据库。请再试一次。</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>操作未成功。请重试。</translation>
    </message>
    <message>
        <source>{relay} channel {channel}</source>
        <translation>{relay} 通道 {channel}</translation>
    </message>
    <message>
        <source>Prints on: {printer}</source>
        <translation>打印机：{printer}</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>无需培训</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <source>Training needed</source>
        <translation>所需培训</translation>
    </message>
    <message>
        <source>Relay controller</source>
        <translation>继电器控制器</translation>
    </message>
    <message>
        <source>Not switched by a relay</source>
        <translation>不经继电器控制</translation>
    </message>
    <message>
        <source>Relay channel</source>
        <translation>继电器通道</translation>
    </message>
    <message>
        <source>Booked by time</source>
        <translation>按时段预约</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>可借出</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新设备</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>不使用打印机</translation>
    </message>
    <message>
        <source>(not on this kiosk)</source>
        <translation>（不在本终端）</translation>
    </message>
    <message>
        <source>Not on this kiosk: kept</source>
        <translation>不在本终端：保留不变</translation>
    </message>
    <message>
        <source>Printer for {name}</source>
        <translation>{name} 的打印机</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>This kind uses the default rule until you save one.</source>
        <translation>在您保存规则之前，此类型使用默认规则。</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>已更改，尚未保存。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>开门</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>关门</translation>
    </message>
    <message>
        <source>Opens again</source>
        <translation>再次开门</translation>
    </message>
    <message>
        <source>Closes again</source>
        <translation>再次关门</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>闭馆</translation>
    </message>
    <message>
        <source>Open this day</source>
        <translation>当天开放</translation>
    </message>
    <message>
        <source>Second opening</source>
        <translation>第二次开放</translation>
    </message>
    <message>
        <source>The week as saved:</source>
        <translation>已保存的一周：</translation>
    </message>
    <message>
        <source>Bookings on days now closed (tell these patrons):</source>
        <translation>现已闭馆日期的预约（请通知这些用户）：</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>闭馆日期</translation>
    </message>
</context>
<context>
    <name>EquipmentAdminScreen</name>
    <message>
        <source>Equipment &amp; rules</source>
        <translation>设备和规则</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>返回控制台</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>预约规则</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>闭馆日</translation>
    </message>
    <message>
        <source>Prints on</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Prints on: {printer}. Tap to choose another printer.</source>
        <translation>打印机：{printer}。点击选择其他打印机。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reason shown to patrons</source>
        <translation>向用户显示的原因</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tap again to retire it</source>
        <translation>再点一次以停用</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Open on that day again</source>
        <translation>当天重新开放</translation>
    </message>
    <message>
        <source>Add the item</source>
        <translation>添加该设备</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation>保存设备</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close on this day</source>
        <translation>当天闭馆</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Tap an item to change it.</source>
        <translation>点击设备进行修改。</translation>
    </message>
    <message>
        <source>No equipment yet. Tap “Add an item”.</source>
        <translation>还没有设备。请点击“添加设备”。</translation>
    </message>
    <message>
        <source>Choose the printer that prints this item&apos;s jobs:</source>
        <translation>选择为此设备打印作业的打印机：</translation>
    </message>
    <message>
        <source>Days ahead when the branch is closed (tap one to open again):</source>
        <translation>即将闭馆的日期（点击某天可重新开放）：</translation>
    </message>
    <message>
        <source>No closures ahead. Choose a day and a reason to add one.</source>
        <translation>暂无闭馆安排。选择日期并填写原因即可添加。</translation>
    </message>
</context>
<context>
    <name>EquipmentFlow</name>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>EquipmentListScreen</name>
    <message>
        <source>Needs the “{training}” training</source>
        <translation>需要“{training}”培训</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Being checked by staff</source>
        <translation>工作人员正在检查</translation>
    </message>
    <message>
        <source>Free now · {count} free times this week</source>
        <translation>现在空闲 · 本周还有 {count} 个空闲时段</translation>
    </message>
    <message>
        <source>Free today from {time}</source>
        <translation>今天 {time} 起空闲</translation>
    </message>
    <message>
        <source>Next free: {day} {time}</source>
        <translation>下次空闲：{day} {time}</translation>
    </message>
    <message>
        <source>Fully booked this week</source>
        <translation>本周已约满</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>My reservations</source>
        <translation>我的预约</translation>
    </message>
    <message>
        <source>Looking up the machines…</source>
        <translation>正在查找机器…</translation>
    </message>
    <message>
        <source>The machines can&apos;t be shown right now. Please ask a staff member.</source>
        <translation>目前无法显示机器。请询问工作人员。</translation>
    </message>
    <message>
        <source>There are no machines to book at this branch.</source>
        <translation>本分馆没有可预约的机器。</translation>
    </message>
    <message>
        <source>Tap a machine to see its free times and book.</source>
        <translation>点击一台机器查看空闲时间并预约。</translation>
    </message>
    <message>
        <source>See times</source>
        <translation>查看时间</translation>
    </message>
    <message>
        <source>{machine}: see times</source>
        <translation>{machine}：查看时间</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Makerspace Kiosk</source>
        <translation>创客空间自助终端</translation>
    </message>
</context>
<context>
    <name>KitScreen</name>
    <message>
        <source>Read the agreement</source>
        <translation>阅读协议</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Borrow {kit}?</source>
        <translation>借用{kit}？</translation>
    </message>
    <message>
        <source>Bring it back to the makerspace by then, with everything in it.</source>
        <translation>请在此日期前将它完整地归还到创客空间。</translation>
    </message>
    <message>
        <source>Borrow it</source>
        <translation>借用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Return {kit}?</source>
        <translation>归还{kit}？</translation>
    </message>
    <message>
        <source>Leave it on the returns shelf. Staff will check that it is complete.</source>
        <translation>请把它放在归还架上。工作人员会检查是否完整。</translation>
    </message>
    <message>
        <source>Return it</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>You borrowed {kit}</source>
        <translation>您已借用{kit}</translation>
    </message>
    <message>
        <source>To return it, scan your card here, tap “Borrow or return a kit” and scan the kit&apos;s label.</source>
        <translation>归还时，请在这里扫描您的卡，点按“借用或归还套件”，然后扫描套件的标签。</translation>
    </message>
    <message>
        <source>My kits</source>
        <translation>我的套件</translation>
    </message>
    <message>
        <source>{kit} is returned. Thank you!</source>
        <translation>{kit}已归还。谢谢！</translation>
    </message>
    <message>
        <source>Please leave it on the returns shelf.</source>
        <translation>请把它放在归还架上。</translation>
    </message>
    <message>
        <source>{kit} can&apos;t be borrowed</source>
        <translation>{kit}无法借用</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>操作未成功</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>KitsOnLoanFlow</name>
    <message>
        <source>Kits on loan</source>
        <translation>借出的套件</translation>
    </message>
    <message>
        <source>a patron whose data was deleted</source>
        <translation>一位数据已删除的读者</translation>
    </message>
    <message>
        <source>One moment: still busy with the last step.</source>
        <translation>请稍候：上一步仍在处理中。</translation>
    </message>
    <message>
        <source>Lent to {patron}.</source>
        <translation>已借给{patron}。</translation>
    </message>
    <message>
        <source>Free to lend.</source>
        <translation>可以借出。</translation>
    </message>
    <message>
        <source>This item is not lent out (it is not marked lendable).</source>
        <translation>此物品不外借（未标记为可借）。</translation>
    </message>
    <message>
        <source>This kit is retired.</source>
        <translation>此套件已停用。</translation>
    </message>
    <message>
        <source>State: {state}.</source>
        <translation>状态：{state}。</translation>
    </message>
    <message>
        <source>{kit} is back from {patron}; it waits for a check.</source>
        <translation>{kit}已从{patron}处收回，等待检查。</translation>
    </message>
    <message>
        <source>{kit} is back from {patron} and ready to lend.</source>
        <translation>{kit}已从{patron}处收回，可以再次借出。</translation>
    </message>
    <message>
        <source>{kit} is lent to {patron}. {due}.</source>
        <translation>{kit}已借给{patron}。{due}。</translation>
    </message>
    <message>
        <source>{kit} is checked and ready to lend.</source>
        <translation>{kit}已检查，可以借出。</translation>
    </message>
    <message>
        <source>Your account may not lend kits. Please ask an administrator.</source>
        <translation>您的账户无权借出套件。请联系管理员。</translation>
    </message>
    <message>
        <source>That is a card. Scan the kit&apos;s label first, then the card.</source>
        <translation>这是一张卡。请先扫描套件标签，再扫描卡。</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>目前无法连接数据库。请重试。</translation>
    </message>
</context>
<context>
    <name>KitsOnLoanScreen</name>
    <message>
        <source>Kits on loan</source>
        <translation>借出的套件</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>返回控制台</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The loans can&apos;t be read right now.</source>
        <translation>目前无法读取借出记录。</translation>
    </message>
    <message>
        <source>No kit is out on loan.</source>
        <translation>没有借出的套件。</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>逾期（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On loan (%n)</source>
        <translation>
            <numerusform>借出中（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan a kit&apos;s label to take it back. To lend a kit, scan its label, then the patron&apos;s card.</source>
        <translation>扫描套件标签即可收回。要借出套件，请先扫描其标签，再扫描读者的卡。</translation>
    </message>
    <message>
        <source>Now scan the card of the patron who takes it.</source>
        <translation>现在请扫描借用者的卡。</translation>
    </message>
    <message>
        <source>Take back: complete</source>
        <translation>收回：完整</translation>
    </message>
    <message>
        <source>Take back: needs a check</source>
        <translation>收回：需要检查</translation>
    </message>
    <message>
        <source>Checked: ready to lend</source>
        <translation>已检查：可以借出</translation>
    </message>
    <message>
        <source>Scan another kit</source>
        <translation>扫描另一个套件</translation>
    </message>
</context>
<context>
    <name>KitsScreen</name>
    <message>
        <source>Borrow or return a kit</source>
        <translation>借用或归还套件</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Looking up the kit…</source>
        <translation>正在查找套件…</translation>
    </message>
    <message>
        <source>Scan the QR label on a kit to borrow it, or to return one you have.</source>
        <translation>扫描套件上的二维码标签即可借用，或归还您借的套件。</translation>
    </message>
    <message>
        <source>Looking up your kits…</source>
        <translation>正在查找您的套件…</translation>
    </message>
    <message>
        <source>Your kits can&apos;t be shown right now. Please ask a staff member.</source>
        <translation>目前无法显示您的套件。请询问工作人员。</translation>
    </message>
    <message>
        <source>You have no kits out.</source>
        <translation>您没有借用中的套件。</translation>
    </message>
    <message numerus="yes">
        <source>You have %n kit(s) out.</source>
        <translation>
            <numerusform>您借用了 %n 个套件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue. Please bring overdue kits back soon.</source>
        <translation>
            <numerusform>%n 个已逾期。请尽快归还逾期的套件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Return</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Yes, return it</source>
        <translation>是，归还</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Return it now?</source>
        <translation>现在归还吗？</translation>
    </message>
</context>
<context>
    <name>LanguagePickerScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>请选择语言</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>LendingFlow</name>
    <message>
        <source>Borrow or return a kit</source>
        <translation>借用或归还套件</translation>
    </message>
</context>
<context>
    <name>LendingText</name>
    <message>
        <source>That code is not a kit label.</source>
        <translation>这个码不是套件标签。</translation>
    </message>
    <message>
        <source>Scan the square QR label stuck on the kit.</source>
        <translation>请扫描贴在套件上的方形二维码标签。</translation>
    </message>
    <message>
        <source>That is a card, not a kit label.</source>
        <translation>这是一张卡，不是套件标签。</translation>
    </message>
    <message>
        <source>This label is not one of this library&apos;s labels.</source>
        <translation>这不是本图书馆的标签。</translation>
    </message>
    <message>
        <source>Please show the kit to a staff member.</source>
        <translation>请把套件交给工作人员查看。</translation>
    </message>
    <message>
        <source>This kit does not belong to this makerspace.</source>
        <translation>此套件不属于本创客空间。</translation>
    </message>
    <message>
        <source>This item is not lent out.</source>
        <translation>此物品不外借。</translation>
    </message>
    <message>
        <source>You can use it here in the makerspace.</source>
        <translation>您可以在创客空间里使用它。</translation>
    </message>
    <message>
        <source>This kit is no longer lent out.</source>
        <translation>此套件已不再外借。</translation>
    </message>
    <message>
        <source>Please give it to a staff member.</source>
        <translation>请把它交给工作人员。</translation>
    </message>
    <message>
        <source>This kit is out of order.</source>
        <translation>此套件已损坏。</translation>
    </message>
    <message>
        <source>This kit is waiting to be checked by staff.</source>
        <translation>此套件正在等待工作人员检查。</translation>
    </message>
    <message>
        <source>A staff member can check it and lend it to you.</source>
        <translation>工作人员可以检查后借给您。</translation>
    </message>
    <message>
        <source>This item is booked or in use right now.</source>
        <translation>此物品目前已被预约或正在使用。</translation>
    </message>
    <message>
        <source>Please choose another kit, or ask a staff member.</source>
        <translation>请选择其他套件，或询问工作人员。</translation>
    </message>
    <message>
        <source>This kit is on loan to someone else.</source>
        <translation>此套件已借给其他人。</translation>
    </message>
    <message>
        <source>This kit is not on loan.</source>
        <translation>此套件没有借出。</translation>
    </message>
    <message>
        <source>Nothing was changed. Please ask a staff member.</source>
        <translation>没有任何更改。请询问工作人员。</translation>
    </message>
    <message>
        <source>You already have {limit} kits of this kind out.</source>
        <translation>您已借用了 {limit} 个此类套件。</translation>
    </message>
    <message>
        <source>Return one of them first.</source>
        <translation>请先归还其中一个。</translation>
    </message>
    <message>
        <source>This kit needs the “{training}” training.</source>
        <translation>此套件需要完成“{training}”培训。</translation>
    </message>
    <message>
        <source>Ask a staff member when the next training is.</source>
        <translation>请向工作人员询问下一次培训的时间。</translation>
    </message>
    <message>
        <source>This kit needs a guardian&apos;s consent on file.</source>
        <translation>此套件需要已登记的监护人同意。</translation>
    </message>
    <message>
        <source>A staff member can record it with your guardian.</source>
        <translation>工作人员可以与您的监护人一起登记。</translation>
    </message>
    <message>
        <source>Please accept the makerspace agreement first.</source>
        <translation>请先接受创客空间协议。</translation>
    </message>
    <message>
        <source>Tap “Read the agreement”, then scan the kit again.</source>
        <translation>请点按“阅读协议”，然后再次扫描套件。</translation>
    </message>
    <message>
        <source>This card can no longer borrow kits.</source>
        <translation>此卡已不能借用套件。</translation>
    </message>
    <message>
        <source>Please see a staff member.</source>
        <translation>请联系工作人员。</translation>
    </message>
    <message>
        <source>That is not a patron&apos;s card.</source>
        <translation>这不是读者的卡。</translation>
    </message>
    <message>
        <source>Scan the card of the patron who takes the kit.</source>
        <translation>请扫描借用套件的读者的卡。</translation>
    </message>
    <message>
        <source>A staff member can show it to you to read and accept.</source>
        <translation>工作人员可以拿给您阅读并接受。</translation>
    </message>
    <message>
        <source>That could not be saved just now.</source>
        <translation>目前无法保存。</translation>
    </message>
    <message>
        <source>Nothing was changed. Please try again, or ask a staff member.</source>
        <translation>没有任何更改。请重试，或询问工作人员。</translation>
    </message>
    <message>
        <source>Overdue: it was due back on {date}</source>
        <translation>已逾期：应于{date}归还</translation>
    </message>
    <message>
        <source>Due back today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Due back by {date}</source>
        <translation>请于{date}前归还</translation>
    </message>
</context>
<context>
    <name>LengthScreen</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>更短</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>更长</translation>
    </message>
    <message>
        <source>Use it now: how long do you need it?</source>
        <translation>现在使用：您需要用多久？</translation>
    </message>
    <message>
        <source>Start using it</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>{day} from {time}: how long?</source>
        <translation>{day} {time} 起：用多久？</translation>
    </message>
    <message>
        <source>Book it</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Until {time}</source>
        <translation>至 {time}</translation>
    </message>
    <message>
        <source>From {shortest} to {longest}, in steps of {step}.</source>
        <translation>从 {shortest} 到 {longest}，每次增减 {step}。</translation>
    </message>
</context>
<context>
    <name>MachineBoard</name>
    <message>
        <source>Machines right now</source>
        <translation>机器当前状态</translation>
    </message>
    <message>
        <source>More machines: scan your card to see them all.</source>
        <translation>还有更多机器：扫描您的卡即可查看全部。</translation>
    </message>
</context>
<context>
    <name>MachineScreen</name>
    <message>
        <source>Free: tap to book</source>
        <translation>空闲：点击预约</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Use it now</source>
        <translation>现在使用</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>更早</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <source>Needs the “{training}” training</source>
        <translation>需要“{training}”培训</translation>
    </message>
    <message>
        <source>Out of order: it can&apos;t be booked right now.</source>
        <translation>故障：目前无法预约。</translation>
    </message>
    <message>
        <source>Staff are checking it after the last use.</source>
        <translation>工作人员正在检查上次使用后的情况。</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
</context>
<context>
    <name>MachineSessionFlow</name>
    <message>
        <source>Your time starts at {time}. Please come back then.</source>
        <translation>您的时段从 {time} 开始。请到时再来。</translation>
    </message>
    <message>
        <source>Your time ended at {time}. You can book a new time.</source>
        <translation>您的时段已于 {time} 结束。您可以预约新的时段。</translation>
    </message>
    <message>
        <source>The machine is still in use until {time}. Please see a staff member.</source>
        <translation>这台机器在 {time} 之前仍在使用中。请联系工作人员。</translation>
    </message>
    <message>
        <source>The machine is waiting for a check by staff. Please see a staff member.</source>
        <translation>这台机器正在等待工作人员检查。请联系工作人员。</translation>
    </message>
    <message>
        <source>This booking can&apos;t be started now. Please see a staff member.</source>
        <translation>此预约现在无法开始。请联系工作人员。</translation>
    </message>
</context>
<context>
    <name>MachineSessionScreen</name>
    <message>
        <source>It is jammed or stuck</source>
        <translation>卡住了</translation>
    </message>
    <message>
        <source>It does not heat up</source>
        <translation>无法加热</translation>
    </message>
    <message>
        <source>Something is broken</source>
        <translation>有东西坏了</translation>
    </message>
    <message>
        <source>Parts or tools are missing</source>
        <translation>缺少零件或工具</translation>
    </message>
    <message>
        <source>It needs cleaning</source>
        <translation>需要清洁</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>Five minutes left. Please start finishing up.</source>
        <translation>还剩五分钟。请开始收尾。</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>报告问题</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>{machine}: one moment, please.</source>
        <translation>{machine}：请稍候。</translation>
    </message>
    <message>
        <source>Unlocked until {time}</source>
        <translation>已解锁，至 {time}</translation>
    </message>
    <message>
        <source>{machine} is ready for you. It switches off by itself at {time}.</source>
        <translation>{machine} 已可使用，将在 {time} 自动关闭。</translation>
    </message>
    <message>
        <source>Kept on until the print finishes</source>
        <translation>保持开启，直到打印完成</translation>
    </message>
    <message>
        <source>Your time is up, but {machine} is still printing. It stays on until the print finishes, then switches off.</source>
        <translation>您的时间已到，但 {machine} 仍在打印。它将保持开启直到打印完成，然后关闭。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>{machine} is switched off. Thank you!</source>
        <translation>{machine} 已关闭。谢谢！</translation>
    </message>
    <message>
        <source>The machine did not unlock.</source>
        <translation>机器没有解锁。</translation>
    </message>
    <message>
        <source>Please see a staff member.</source>
        <translation>请联系工作人员。</translation>
    </message>
    <message>
        <source>Your session can&apos;t start</source>
        <translation>您的使用时段无法开始</translation>
    </message>
    <message>
        <source>What is wrong with {machine}?</source>
        <translation>{machine} 出了什么问题？</translation>
    </message>
    <message>
        <source>Tap what fits best. Staff will take a look.</source>
        <translation>请点选最符合的一项。工作人员会来查看。</translation>
    </message>
    <message>
        <source>Thank you for telling us</source>
        <translation>感谢您告诉我们</translation>
    </message>
    <message>
        <source>Staff will check {machine} before anyone uses it again.</source>
        <translation>在其他人再次使用前，工作人员会检查 {machine}。</translation>
    </message>
</context>
<context>
    <name>MachinesFlow</name>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Needs a check</source>
        <translation>需要检查</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>no such relay controller</source>
        <translation>没有这个继电器控制器</translation>
    </message>
    <message>
        <source>controller not connected</source>
        <translation>控制器未连接</translation>
    </message>
    <message>
        <source>no answer from the controller</source>
        <translation>控制器没有响应</translation>
    </message>
    <message>
        <source>refused by the controller</source>
        <translation>被控制器拒绝</translation>
    </message>
    <message>
        <source>the emergency stop is pressed</source>
        <translation>急停按钮已按下</translation>
    </message>
    <message>
        <source>the controller shows it off</source>
        <translation>控制器显示其为关闭</translation>
    </message>
    <message>
        <source>the time had run out</source>
        <translation>时间已经用完</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>{time}: {what}</source>
        <translation>{time}：{what}</translation>
    </message>
    <message>
        <source>{relay} channel {channel}</source>
        <translation>{relay} 通道 {channel}</translation>
    </message>
    <message>
        <source>No relay</source>
        <translation>无继电器</translation>
    </message>
    <message>
        <source>On while the print runs</source>
        <translation>打印期间保持开启</translation>
    </message>
    <message>
        <source>On until {time}</source>
        <translation>开启至 {time}</translation>
    </message>
    <message>
        <source>Off, session until {time}</source>
        <translation>已关闭，时段至 {time}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{time} {where}: the unlock was not confirmed ({problem}).</source>
        <translation>{time} {where}：解锁未被确认（{problem}）。</translation>
    </message>
    <message>
        <source>{time} {where}: the lock was not confirmed ({problem}); retrying.</source>
        <translation>{time} {where}：锁定未被确认（{problem}）；正在重试。</translation>
    </message>
    <message>
        <source>{time} {where}: locked; the end of its session is not saved yet (the database can&apos;t be reached). Trying again.</source>
        <translation>{time} {where}：已锁定；会话结束尚未保存（无法连接数据库）。正在重试。</translation>
    </message>
    <message>
        <source>{time} {where}: found off after a controller restart; switched on again.</source>
        <translation>{time} {where}：控制器重启后发现为关闭；已重新开启。</translation>
    </message>
    <message>
        <source>{time} {where}: found off after a controller restart; could not switch it on.</source>
        <translation>{time} {where}：控制器重启后发现为关闭；无法重新开启。</translation>
    </message>
    <message>
        <source>{time} {where}: found on though nothing should be; locked.</source>
        <translation>{time} {where}：发现本不应开启却处于开启状态；已锁定。</translation>
    </message>
    <message>
        <source>No relay controller is configured on this kiosk.</source>
        <translation>此终端未配置继电器控制器。</translation>
    </message>
    <message>
        <source>Unlocking {name}…</source>
        <translation>正在解锁 {name}…</translation>
    </message>
    <message>
        <source>{name} is unlocked until {time}.</source>
        <translation>{name} 已解锁，至 {time}。</translation>
    </message>
    <message>
        <source>{name} did not unlock: {problem}.</source>
        <translation>{name} 没有解锁：{problem}。</translation>
    </message>
    <message>
        <source>Locking {name}…</source>
        <translation>正在锁定 {name}…</translation>
    </message>
    <message>
        <source>{name} is locked.</source>
        <translation>{name} 已锁定。</translation>
    </message>
    <message>
        <source>{name}: the lock was not confirmed ({problem}). Check it by hand.</source>
        <translation>{name}：锁定未被确认（{problem}）。请人工检查。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>{name}: {state}.</source>
        <translation>{name}：{state}。</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>您的账户不能做这个操作。请找管理员。</translation>
    </message>
    <message>
        <source>That can&apos;t be done for this machine ({code}).</source>
        <translation>无法对这台机器执行此操作（{code}）。</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>现在无法连接数据库。请再试一次。</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>操作未成功。请重试。</translation>
    </message>
</context>
<context>
    <name>MachinesScreen</name>
    <message>
        <source>Machines</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>返回控制台</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No machines with a relay or a booking calendar yet.</source>
        <translation>还没有带继电器或预约日历的机器。</translation>
    </message>
    <message>
        <source>Reported problems:</source>
        <translation>已报告的问题：</translation>
    </message>
    <message>
        <source>No problems reported.</source>
        <translation>没有报告问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock for %n minutes</source>
        <translation>
            <numerusform>解锁 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Checked: free</source>
        <translation>已检查：空闲</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>We don&apos;t know this card yet</source>
        <translation>我们还不认识这张卡</translation>
    </message>
    <message>
        <source>This card is not registered at this library. Please ask a staff member to set it up for you.</source>
        <translation>这张卡没有在本馆登记。请找工作人员帮您设置。</translation>
    </message>
    <message>
        <source>This card can&apos;t be used any more</source>
        <translation>这张卡已经不能用了</translation>
    </message>
    <message>
        <source>It may have been replaced or reported lost. Please ask a staff member for a new card.</source>
        <translation>它可能已被换掉或挂失。请找工作人员要一张新卡。</translation>
    </message>
    <message>
        <source>This card isn&apos;t one of ours</source>
        <translation>这不是本馆的卡</translation>
    </message>
    <message>
        <source>The code could not be confirmed as a card from this library. Please ask a staff member to check your card.</source>
        <translation>无法确认这个代码来自本馆的卡。请找工作人员检查您的卡。</translation>
    </message>
    <message>
        <source>That scan didn&apos;t work</source>
        <translation>扫描没有成功</translation>
    </message>
    <message>
        <source>Please hold the QR code steady under the scanner and try again. If it still doesn&apos;t work, a staff member can help.</source>
        <translation>请把二维码在扫描器下拿稳，再试一次。如果还是不行，工作人员可以帮您。</translation>
    </message>
    <message>
        <source>Please use your makerspace card</source>
        <translation>请使用您的创客空间卡</translation>
    </message>
    <message>
        <source>That is a library borrowing card. This kiosk reads the square QR code on your makerspace card. No makerspace card yet? A staff member can give you one.</source>
        <translation>这是图书馆借书卡。本终端读取创客空间卡上的方形二维码。还没有创客空间卡？工作人员可以给您一张。</translation>
    </message>
    <message>
        <source>This is a kit label</source>
        <translation>这是套件标签</translation>
    </message>
    <message>
        <source>Scan your card first, then choose “Borrow or return a kit” and scan this label again.</source>
        <translation>请先扫描您的卡，然后选择“借用或归还套件”，再扫描一次此标签。</translation>
    </message>
    <message>
        <source>Please see a staff member</source>
        <translation>请找工作人员</translation>
    </message>
    <message>
        <source>The kiosk can&apos;t check you in right now. It&apos;s not your card: a staff member can help you.</source>
        <translation>终端现在无法为您签到。这不是您的卡的问题，工作人员可以帮您。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>This screen closes by itself after a while.</source>
        <translation>这个画面过一会儿会自动关闭。</translation>
    </message>
    <message>
        <source>Ask a staff member</source>
        <translation>请找工作人员</translation>
    </message>
    <message>
        <source>Makerspace card</source>
        <translation>创客空间卡</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
</context>
<context>
    <name>PrintQueueFlow</name>
    <message>
        <source>Print queue</source>
        <translation>打印队列</translation>
    </message>
    <message>
        <source>Pausing {printer}…</source>
        <translation>正在暂停 {printer}…</translation>
    </message>
    <message>
        <source>Resuming {printer}…</source>
        <translation>正在继续 {printer}…</translation>
    </message>
    <message>
        <source>{printer} is connected again.</source>
        <translation>{printer} 已重新连接。</translation>
    </message>
    <message>
        <source>Emergency stop sent to {printer}.</source>
        <translation>已向 {printer} 发送紧急停止。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Queued again.</source>
        <translation>已重新加入队列。</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>您的账户不能做这个操作。请找管理员。</translation>
    </message>
    <message>
        <source>That did not work: {reason}.</source>
        <translation>操作没有成功：{reason}。</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>现在无法连接数据库。请再试一次。</translation>
    </message>
    <message>
        <source>The printer did not do it: {reason}</source>
        <translation>打印机未执行：{reason}</translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message>
        <source>The printer restarted during the print</source>
        <translation>打印过程中打印机重新启动了</translation>
    </message>
    <message>
        <source>The printer halted</source>
        <translation>打印机已停机</translation>
    </message>
    <message>
        <source>Emergency stop</source>
        <translation>紧急停止</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The printer reported a fault</source>
        <translation>打印机报告了故障</translation>
    </message>
    <message>
        <source>The printer refused the file</source>
        <translation>打印机拒绝了该文件</translation>
    </message>
    <message>
        <source>The printer could not be reached</source>
        <translation>无法连接打印机</translation>
    </message>
    <message>
        <source>The file is missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>It would have run past closing time</source>
        <translation>打印会超过闭馆时间</translation>
    </message>
    <message>
        <source>It would have run into a booking of the printer</source>
        <translation>打印会与该打印机的预约冲突</translation>
    </message>
    <message>
        <source>The kiosk stopped during the print</source>
        <translation>打印过程中自助终端停止了</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>stopped: reset it on the printer, then reconnect</source>
        <translation>已停止：请在打印机上复位，然后重新连接</translation>
    </message>
    <message>
        <source>power only</source>
        <translation>仅电源</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>热床</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>腔室</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>打印队列</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>返回控制台</translation>
    </message>
    <message>
        <source>Cancel print</source>
        <translation>取消打印</translation>
    </message>
    <message>
        <source>Reconnect printer</source>
        <translation>重新连接打印机</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Failed or cancelled</source>
        <translation>失败或已取消</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>No printers are configured.</source>
        <translation>未配置打印机。</translation>
    </message>
    <message>
        <source>{printer}: {state}</source>
        <translation>{printer}：{state}</translation>
    </message>
    <message>
        <source>No print running.</source>
        <translation>当前没有打印任务。</translation>
    </message>
    <message>
        <source>{file} · {percent}%</source>
        <translation>{file} · {percent}%</translation>
    </message>
    <message>
        <source>{file} · sending to the printer</source>
        <translation>{file} · 正在发送到打印机</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>约剩 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Nozzle</source>
        <translation>喷嘴</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>提前</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>推后</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
</context>
<context>
    <name>PrintRefusal</name>
    <message>
        <source>It would still be printing at closing time ({closes}).</source>
        <translation>到闭馆时间（{closes}）时仍在打印。</translation>
    </message>
    <message>
        <source>The library is closed that day.</source>
        <translation>图书馆当天闭馆。</translation>
    </message>
    <message>
        <source>It would run into a booking of the printer from {start} to {end}.</source>
        <translation>会与该打印机 {start} 至 {end} 的预约冲突。</translation>
    </message>
    <message>
        <source>This project&apos;s G-code is not approved for printing.</source>
        <translation>此项目的 G-code 尚未获准打印。</translation>
    </message>
    <message>
        <source>{printer} takes no jobs from the kiosk: start the print on the printer itself.</source>
        <translation>{printer} 不接受来自自助终端的任务：请在打印机上直接开始打印。</translation>
    </message>
    <message>
        <source>{printer} is not a printer of this queue.</source>
        <translation>{printer} 不是此队列中的打印机。</translation>
    </message>
    <message>
        <source>This job can&apos;t be printed now. {reasons}</source>
        <translation>此任务现在无法打印。{reasons}</translation>
    </message>
</context>
<context>
    <name>ProjectReviewsFlow</name>
    <message>
        <source>Project reviews</source>
        <translation>项目审核</translation>
    </message>
    <message>
        <source>Write what should change before returning it.</source>
        <translation>退回前请写明需要修改的地方。</translation>
    </message>
    <message>
        <source>Approved: the makers hear it at their next check-in.</source>
        <translation>已批准：制作者下次签到时会收到通知。</translation>
    </message>
    <message>
        <source>Returned: the makers see your feedback at check-in.</source>
        <translation>已退回：制作者签到时会看到你的意见。</translation>
    </message>
    <message>
        <source>Rejected: the makers hear it at their next check-in.</source>
        <translation>已拒绝：制作者下次签到时会收到通知。</translation>
    </message>
    <message>
        <source>Only G-code can be attached as the sliced file.</source>
        <translation>只能附加 G 代码作为切片文件。</translation>
    </message>
    <message>
        <source>%1 is in the queue of %2.</source>
        <translation>%1 已在 %2 的队列中。</translation>
    </message>
    <message>
        <source>Hidden from the showcase.</source>
        <translation>已从作品展示中隐藏。</translation>
    </message>
    <message>
        <source>Back in the showcase.</source>
        <translation>已重新显示在作品展示中。</translation>
    </message>
</context>
<context>
    <name>ProjectReviewsScreen</name>
    <message>
        <source>Project reviews</source>
        <translation>项目审核</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>返回控制台</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No projects are waiting for review.</source>
        <translation>没有等待审核的项目。</translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation>还没有项目。</translation>
    </message>
    <message>
        <source>%1 (minor)</source>
        <translation>%1（未成年）</translation>
    </message>
    <message>
        <source>Shared in the showcase</source>
        <translation>已在作品展示中分享</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私密</translation>
    </message>
    <message>
        <source>Hidden from the showcase</source>
        <translation>已从作品展示中隐藏</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <translation>制作者：%1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Last feedback: %1</source>
        <translation>最近的意见：%1</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>%1 的预览</translation>
    </message>
    <message>
        <source>sliced by staff</source>
        <translation>由工作人员切片</translation>
    </message>
    <message>
        <source>Sliced G-code to attach: %1</source>
        <translation>要附加的切片 G 代码：%1</translation>
    </message>
    <message>
        <source>Attach G-code from a USB stick</source>
        <translation>从 U 盘附加 G 代码</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Feedback for the makers</source>
        <translation>给制作者的意见</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Return with feedback</source>
        <translation>退回并附意见</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Print %1 on:</source>
        <translation>在以下打印机打印 %1：</translation>
    </message>
    <message>
        <source>Send to the print queue</source>
        <translation>发送到打印队列</translation>
    </message>
    <message>
        <source>Show in the showcase again</source>
        <translation>重新在作品展示中显示</translation>
    </message>
    <message>
        <source>Hide from the showcase</source>
        <translation>从作品展示中隐藏</translation>
    </message>
</context>
<context>
    <name>ProjectText</name>
    <message>
        <source>Waiting for review</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <source>Returned with feedback</source>
        <translation>已退回并附意见</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未被接受</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Others may look, not copy</source>
        <translation>他人可以查看，不可复制</translation>
    </message>
    <message>
        <source>Others may copy it if they name you</source>
        <translation>他人署名后可以复制</translation>
    </message>
    <message>
        <source>Others may copy it, name you and share alike</source>
        <translation>他人可复制，须署名并以相同方式共享</translation>
    </message>
    <message>
        <source>Others may copy it, but not to sell</source>
        <translation>他人可复制，但不可出售</translation>
    </message>
    <message>
        <source>Free for anyone, no conditions</source>
        <translation>任何人都可自由使用，无条件</translation>
    </message>
    <message>
        <source>All rights reserved</source>
        <translation>保留所有权利</translation>
    </message>
    <message>
        <source>Model: %1 × %2 × %3 mm</source>
        <translation>模型：%1 × %2 × %3 毫米</translation>
    </message>
    <message>
        <source>Your print of &quot;%1&quot; is ready! Ask at the desk.</source>
        <translation>你的&quot;%1&quot;打印好了！请到服务台领取。</translation>
    </message>
    <message>
        <source>Your project &quot;%1&quot; was approved.</source>
        <translation>你的项目&quot;%1&quot;已获批准。</translation>
    </message>
    <message>
        <source>Your project &quot;%1&quot; was returned with feedback.</source>
        <translation>你的项目&quot;%1&quot;已退回并附有意见。</translation>
    </message>
    <message>
        <source>Your project &quot;%1&quot; was not accepted.</source>
        <translation>你的项目&quot;%1&quot;未被接受。</translation>
    </message>
    <message>
        <source>Staff say: %1</source>
        <translation>工作人员说：%1</translation>
    </message>
    <message>
        <source>A guardian&apos;s consent is needed before a minor&apos;s project can be shared. Choose &quot;Just us and staff&quot; or ask a staff member.</source>
        <translation>分享未成年人的项目需要监护人同意。请选择&quot;仅我们和工作人员&quot;，或询问工作人员。</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>你的账户无权执行此操作。请询问管理员。</translation>
    </message>
    <message>
        <source>Someone changed this meanwhile. Please look again.</source>
        <translation>有人刚刚更改了它。请重新查看。</translation>
    </message>
    <message>
        <source>That was not found. It may have been removed.</source>
        <translation>未找到。可能已被删除。</translation>
    </message>
    <message>
        <source>That did not work: %1.</source>
        <translation>操作失败：%1。</translation>
    </message>
    <message>
        <source>The kiosk can&apos;t save this right now. Please try again or see a staff member.</source>
        <translation>自助终端现在无法保存。请重试或联系工作人员。</translation>
    </message>
    <message>
        <source>It would still be printing at closing time.</source>
        <translation>到闭馆时间时仍会在打印。</translation>
    </message>
    <message>
        <source>The library is closed that day.</source>
        <translation>图书馆那天闭馆。</translation>
    </message>
    <message>
        <source>It would run into someone&apos;s booking of the printer.</source>
        <translation>会与他人对这台打印机的预约冲突。</translation>
    </message>
    <message>
        <source>Only approved G-code of this project can be printed.</source>
        <translation>只能打印此项目已批准的 G 代码。</translation>
    </message>
    <message>
        <source>That printer is not in the print queue.</source>
        <translation>那台打印机不在打印队列中。</translation>
    </message>
    <message>
        <source>That printer is only switched on and off; it takes no jobs.</source>
        <translation>那台打印机只能开关电源，不接受任务。</translation>
    </message>
    <message>
        <source>The print queue did not take it.</source>
        <translation>打印队列没有接受它。</translation>
    </message>
</context>
<context>
    <name>RefusedScreen</name>
    <message>
        <source>The booking could not be saved just now. Please try again, or ask a staff member.</source>
        <translation>预约暂时无法保存。请重试，或询问工作人员。</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>选择其他时间</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Read the agreement</source>
        <translation>阅读协议</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>{item} can&apos;t be booked like this</source>
        <translation>{item} 无法这样预约</translation>
    </message>
</context>
<context>
    <name>ReservationsScreen</name>
    <message>
        <source>My reservations</source>
        <translation>我的预约</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Looking up your reservations…</source>
        <translation>正在查找您的预约…</translation>
    </message>
    <message>
        <source>Your reservations can&apos;t be shown right now. Please ask a staff member.</source>
        <translation>目前无法显示您的预约。请询问工作人员。</translation>
    </message>
    <message>
        <source>You have no reservations coming up.</source>
        <translation>您没有即将到来的预约。</translation>
    </message>
    <message>
        <source>Your booking of {item} is cancelled.</source>
        <translation>您对 {item} 的预约已取消。</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>正在使用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>是的，取消</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Cancel this booking?</source>
        <translation>取消这个预约？</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>ShowcasePanel</name>
    <message>
        <source>Made here: %1</source>
        <translation>在这里制作：%1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>%1 的图片</translation>
    </message>
</context>
<context>
    <name>StaffConsoleFlow</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>a deleted staff account</source>
        <translation>已删除的员工账户</translation>
    </message>
    <message>
        <source>{name}: locked out after wrong PINs at {time}</source>
        <translation>{name}：{time} 因 PIN 错误被锁定</translation>
    </message>
    <message>
        <source>{name}: locked out after wrong PINs at {time}, until {until}</source>
        <translation>{name}：{time} 因 PIN 错误被锁定，直到 {until}</translation>
    </message>
    <message>
        <source>Locking every machine…</source>
        <translation>正在锁定所有机器…</translation>
    </message>
    <message numerus="yes">
        <source>Every machine is locked: %n controller(s) confirmed.</source>
        <translation>
            <numerusform>所有机器已锁定：%n 个控制器已确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not confirmed by: {names}. Check those machines by hand.</source>
        <translation>未确认：{names}。请手动检查这些机器。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>您的账户不能做这个操作。请找管理员。</translation>
    </message>
    <message>
        <source>That did not work: {reason}.</source>
        <translation>操作没有成功：{reason}。</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>现在无法连接数据库。请再试一次。</translation>
    </message>
    <message>
        <source>One moment: the card before is still being set up.</source>
        <translation>请稍候：上一张卡仍在设置中。</translation>
    </message>
    <message>
        <source>Close the console before checking anyone in.</source>
        <translation>请先关闭控制台，再为读者签到。</translation>
    </message>
    <message>
        <source>Please type the patron&apos;s name first.</source>
        <translation>请先输入读者姓名。</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <source>Hello, {name}. Enter your PIN to open the staff console.</source>
        <translation>{name}，您好。请输入 PIN 码打开工作人员控制台。</translation>
    </message>
    <message>
        <source>Enter your PIN to open the staff console.</source>
        <translation>请输入 PIN 码打开工作人员控制台。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Digits typed so far, shown as dots</source>
        <translation>已输入的数字，以圆点显示</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Please enter your PIN first.</source>
        <translation>请先输入 PIN 码。</translation>
    </message>
    <message>
        <source>A PIN is digits only. Please enter your PIN.</source>
        <translation>PIN 码只包含数字。请输入您的 PIN 码。</translation>
    </message>
    <message>
        <source>Wrong PIN. One attempt left.</source>
        <translation>PIN 码错误。还剩 1 次机会。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempts left.</source>
        <translation>
            <numerusform>PIN 码错误。还剩 %n 次机会。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN 码错误。请再试一次。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. This account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>PIN 码错误次数太多。这个账户还要锁定 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please try again later.</source>
        <translation>PIN 码错误次数太多。请稍后再试。</translation>
    </message>
    <message>
        <source>This staff card is not recognised.</source>
        <translation>无法识别这张工作人员卡。</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be checked right now. Please try again.</source>
        <translation>现在无法验证 PIN 码。请再试一次。</translation>
    </message>
</context>
<context>
    <name>StaffToolsScreen</name>
    <message>
        <source>Staff tools</source>
        <translation>工作人员工具</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>返回控制台</translation>
    </message>
</context>
<context>
    <name>StepperRow</name>
    <message>
        <source>previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>less</source>
        <translation>减少</translation>
    </message>
    <message>
        <source>more</source>
        <translation>增加</translation>
    </message>
</context>
<context>
    <name>SubmitProjectFlow</name>
    <message>
        <source>Submit a project</source>
        <translation>提交项目</translation>
    </message>
    <message>
        <source>Please give your project a title.</source>
        <translation>请给你的项目起个标题。</translation>
    </message>
    <message>
        <source>That&apos;s enough tags: take one off first.</source>
        <translation>标签已够多：请先去掉一个。</translation>
    </message>
    <message>
        <source>A project can have %1 people at most.</source>
        <translation>一个项目最多 %1 人。</translation>
    </message>
    <message>
        <source>%1 is already on this project.</source>
        <translation>%1 已经在这个项目中。</translation>
    </message>
    <message>
        <source>%1 joined the project.</source>
        <translation>%1 加入了项目。</translation>
    </message>
    <message>
        <source>That is not a makerspace card. Please scan the QR code on the card.</source>
        <translation>这不是创客空间的卡。请扫描卡上的二维码。</translation>
    </message>
    <message>
        <source>That card does not belong to a patron. Please see a staff member.</source>
        <translation>这张卡不属于任何读者。请联系工作人员。</translation>
    </message>
    <message>
        <source>That file is already added.</source>
        <translation>这个文件已经添加了。</translation>
    </message>
</context>
<context>
    <name>SubmitProjectScreen</name>
    <message>
        <source>Submit a project</source>
        <translation>提交项目</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>What is your project called?</source>
        <translation>你的项目叫什么名字？</translation>
    </message>
    <message>
        <source>Tell us about it in a sentence or two</source>
        <translation>用一两句话介绍一下</translation>
    </message>
    <message>
        <source>What is it about? Tap up to %1 tags.</source>
        <translation>它是关于什么的？最多点选 %1 个标签。</translation>
    </message>
    <message>
        <source>Or add your own tag</source>
        <translation>或添加你自己的标签</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Made it with friends? Each of them scans their card now.</source>
        <translation>和朋友一起做的？请每人现在扫描自己的卡。</translation>
    </message>
    <message>
        <source>Who may see your project?</source>
        <translation>谁可以看到你的项目？</translation>
    </message>
    <message>
        <source>Just us and staff</source>
        <translation>仅我们和工作人员</translation>
    </message>
    <message>
        <source>The library&apos;s showcase</source>
        <translation>图书馆作品展示</translation>
    </message>
    <message>
        <source>The showcase shows first names only. Each of you may choose a nickname instead:</source>
        <translation>作品展示只显示名字。每个人也可以选择一个昵称：</translation>
    </message>
    <message>
        <source>May others copy your design?</source>
        <translation>别人可以复制你的设计吗？</translation>
    </message>
    <message>
        <source>Add your model, G-code or a photo from a USB stick (optional).</source>
        <translation>从 U 盘添加你的模型、G 代码或照片（可选）。</translation>
    </message>
    <message>
        <source>Print estimates for:</source>
        <translation>打印估算针对：</translation>
    </message>
    <message>
        <source>Add a file from a USB stick</source>
        <translation>从 U 盘添加文件</translation>
    </message>
    <message>
        <source>Thank you! Your project is sent.</source>
        <translation>谢谢！你的项目已提交。</translation>
    </message>
    <message>
        <source>Staff will look at it soon. You will see what they say the next time you check in.</source>
        <translation>工作人员很快会查看。下次签到时你会看到他们的回复。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Submit project</source>
        <translation>提交项目</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（你）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 is shown as</source>
        <translation>%1 显示为</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>%1 的预览</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <translation>制作者：%1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Shared in the library&apos;s showcase as: %1</source>
        <translation>在图书馆作品展示中显示为：%1</translation>
    </message>
    <message>
        <source>Only you and staff see it.</source>
        <translation>只有你们和工作人员能看到。</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>许可：%1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>No files added.</source>
        <translation>未添加文件。</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>booking pause</source>
        <translation>预约暂停</translation>
    </message>
    <message>
        <source>kit loan</source>
        <translation>套件借用</translation>
    </message>
    <message>
        <source>machine session</source>
        <translation>机器使用时段</translation>
    </message>
    <message>
        <source>problem report</source>
        <translation>问题报告</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>project member</source>
        <translation>项目成员</translation>
    </message>
    <message>
        <source>project tag</source>
        <translation>项目标签</translation>
    </message>
    <message>
        <source>project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>project review</source>
        <translation>项目审核</translation>
    </message>
    <message>
        <source>patron notice</source>
        <translation>读者通知</translation>
    </message>
    <message>
        <source>print job</source>
        <translation>打印任务</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>patron</source>
        <translation>读者</translation>
    </message>
    <message>
        <source>card</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>staff account</source>
        <translation>员工账户</translation>
    </message>
    <message>
        <source>machine or kit</source>
        <translation>机器或套件</translation>
    </message>
    <message>
        <source>training record</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>the central store&apos;s server refused the connection. Library IT can check its address and firewall.</source>
        <translation>中央存储的服务器拒绝了连接。图书馆 IT 可检查其地址和防火墙。</translation>
    </message>
    <message>
        <source>the central store&apos;s server cannot be reached. Library IT can check the network and its address.</source>
        <translation>无法连接到中央存储的服务器。图书馆 IT 可检查网络及其地址。</translation>
    </message>
    <message>
        <source>the connection to the central store was lost during the sync.</source>
        <translation>同步过程中与中央存储的连接中断了。</translation>
    </message>
    <message>
        <source>the central store did not answer in time.</source>
        <translation>中央存储未能及时响应。</translation>
    </message>
    <message>
        <source>the central store refused this kiosk&apos;s login. Library IT can check its user name and password.</source>
        <translation>中央存储拒绝了本终端的登录。图书馆 IT 可检查其用户名和密码。</translation>
    </message>
    <message>
        <source>the central store&apos;s address names a database that does not exist. Library IT can check central_url.</source>
        <translation>中央存储地址中指定的数据库不存在。图书馆 IT 可检查 central_url。</translation>
    </message>
    <message>
        <source>the secure connection to the central store failed. Library IT can check its certificates.</source>
        <translation>与中央存储的安全连接失败。图书馆 IT 可检查其证书。</translation>
    </message>
    <message>
        <source>the central store&apos;s address in the configuration file is not valid. Library IT can check central_url.</source>
        <translation>配置文件中的中央存储地址无效。图书馆 IT 可检查 central_url。</translation>
    </message>
    <message>
        <source>the database at that address is not a central store yet. Library IT runs makerspace-kiosk central init there.</source>
        <translation>该地址的数据库还不是中央存储。图书馆 IT 需在那里运行 makerspace-kiosk central init。</translation>
    </message>
    <message>
        <source>the central store&apos;s version ({central}) is newer than this kiosk&apos;s ({kiosk}). The kiosk software here needs an update.</source>
        <translation>中央存储的版本（{central}）比本终端的版本（{kiosk}）新。需要更新本终端的软件。</translation>
    </message>
    <message>
        <source>the central store&apos;s version ({central}) is older than this kiosk&apos;s ({kiosk}). Library IT runs makerspace-kiosk central init with this version.</source>
        <translation>中央存储的版本（{central}）比本终端的版本（{kiosk}）旧。图书馆 IT 需用此版本运行 makerspace-kiosk central init。</translation>
    </message>
    <message>
        <source>this kiosk has not joined the central store yet.</source>
        <translation>本终端尚未加入中央存储。</translation>
    </message>
    <message>
        <source>the central store does not know this kiosk (it may have been reset). Library IT joins it again; nothing here is lost.</source>
        <translation>中央存储不认识本终端（可能已被重置）。图书馆 IT 需将其重新加入；此处不会丢失任何数据。</translation>
    </message>
    <message>
        <source>the central store has shut this kiosk out. Please ask Library IT.</source>
        <translation>中央存储已拒绝本终端接入。请联系图书馆 IT。</translation>
    </message>
    <message>
        <source>something went wrong. Library IT finds the details in the kiosk&apos;s log.</source>
        <translation>出现了问题。图书馆 IT 可在本终端的日志中找到详细信息。</translation>
    </message>
    <message>
        <source>the machine was already booked for that time.</source>
        <translation>该时段的机器已被预约。</translation>
    </message>
    <message>
        <source>it clashes with a record made elsewhere meanwhile (a card number already taken, a kit already lent out).</source>
        <translation>它与其他地方同时产生的记录冲突（例如卡号已被占用、套件已借出）。</translation>
    </message>
    <message>
        <source>it refers to a record that is not there (removed meanwhile, perhaps).</source>
        <translation>它引用的记录不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>a value in it is missing or not allowed.</source>
        <translation>其中某个值缺失或不被允许。</translation>
    </message>
    <message>
        <source>the database did not accept it.</source>
        <translation>数据库未接受此更改。</translation>
    </message>
    <message>
        <source>This kiosk works on its own</source>
        <translation>本终端独立运行</translation>
    </message>
    <message>
        <source>Not joined to the central store</source>
        <translation>尚未加入中央存储</translation>
    </message>
    <message>
        <source>Connecting to the central store…</source>
        <translation>正在连接中央存储…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>No central store is set up, so everything stays on this kiosk.</source>
        <translation>未设置中央存储，所有数据都保存在本终端。</translation>
    </message>
    <message>
        <source>Library IT can connect it with [sync] central_url in the configuration file.</source>
        <translation>图书馆 IT 可在配置文件中用 [sync] central_url 连接它。</translation>
    </message>
    <message>
        <source>Library IT joins this kiosk once with: makerspace-kiosk terminal join --branch CODE</source>
        <translation>图书馆 IT 只需运行一次：makerspace-kiosk terminal join --branch CODE</translation>
    </message>
    <message>
        <source>Until then it works on its own and keeps every change.</source>
        <translation>在此之前它独立运行并保留所有更改。</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>上次同步：{when}</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>尚未同步。</translation>
    </message>
    <message>
        <source>Why: {error}</source>
        <translation>原因：{error}</translation>
    </message>
    <message>
        <source>It keeps working and tries again at {when}.</source>
        <translation>它会继续工作，并在 {when} 重试。</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {count}</source>
        <translation>待发送的更改：{count}</translation>
    </message>
    <message>
        <source>Offline since {when}</source>
        <translation>自 {when} 起离线</translation>
    </message>
    <message>
        <source>changes waiting: {count}</source>
        <translation>待发送更改：{count}</translation>
    </message>
    <message>
        <source>Central store: {state} · {waiting}</source>
        <translation>中央存储：{state} · {waiting}</translation>
    </message>
    <message>
        <source>conflicts to review: {count}</source>
        <translation>待处理冲突：{count}</translation>
    </message>
    <message>
        <source>{item}, {day} {start}–{end}</source>
        <translation>{item}，{day} {start}–{end}</translation>
    </message>
    <message>
        <source>a patron</source>
        <translation>一位读者</translation>
    </message>
    <message>
        <source>another kiosk</source>
        <translation>另一台终端</translation>
    </message>
    <message>
        <source>{patron}, booked at {terminal}</source>
        <translation>{patron}，在 {terminal} 预约</translation>
    </message>
    <message>
        <source>Two bookings of the same machine clashed</source>
        <translation>同一台机器的两个预约发生冲突</translation>
    </message>
    <message>
        <source>Booking clash: {span}</source>
        <translation>预约冲突：{span}</translation>
    </message>
    <message>
        <source>Change refused: {what}, a new record</source>
        <translation>更改被拒绝：{what}，新记录</translation>
    </message>
    <message>
        <source>Change refused: {what}, a removal</source>
        <translation>更改被拒绝：{what}，删除</translation>
    </message>
    <message>
        <source>Change refused: {what}, an edit</source>
        <translation>更改被拒绝：{what}，修改</translation>
    </message>
    <message>
        <source>Stands: {who}</source>
        <translation>保留：{who}</translation>
    </message>
    <message>
        <source>Stands: a booking made at another kiosk (not on this kiosk yet)</source>
        <translation>保留：在另一台终端上的预约（尚未同步到本终端）</translation>
    </message>
    <message>
        <source>Not kept: {who}, while offline</source>
        <translation>未保留：{who}（离线时）</translation>
    </message>
    <message>
        <source>Not kept: a booking made while offline</source>
        <translation>未保留：离线时做的预约</translation>
    </message>
    <message>
        <source>The patron is told at their next check-in.</source>
        <translation>读者将在下次签到时收到通知。</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>From: {terminal}</source>
        <translation>来自：{terminal}</translation>
    </message>
    <message>
        <source>Everything else was kept. Please check this record by hand.</source>
        <translation>其他内容均已保留。请手动检查此记录。</translation>
    </message>
    <message>
        <source>Your booking of {item} on {day} at {time} could not be kept: the machine was booked at another kiosk while this one was offline. Please book another time.</source>
        <translation>你在 {day} {time} 预约的 {item} 无法保留：本终端离线时，这台机器已在另一台终端被预约。请另选时间预约。</translation>
    </message>
</context>
<context>
    <name>SyncToolFlow</name>
    <message>
        <source>Network &amp; sync</source>
        <translation>网络与同步</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Synced at {when}.</source>
        <translation>已于 {when} 同步。</translation>
    </message>
    <message>
        <source>The sync did not run: this kiosk is not joined yet.</source>
        <translation>同步未运行：本终端尚未加入。</translation>
    </message>
    <message>
        <source>The sync did not work at {when}. The kiosk keeps every change.</source>
        <translation>{when} 的同步未成功。本终端保留所有更改。</translation>
    </message>
    <message>
        <source>Marked resolved.</source>
        <translation>已标记为已解决。</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>你的账户无权执行此操作。请询问管理员。</translation>
    </message>
    <message>
        <source>That conflict is no longer listed.</source>
        <translation>该冲突已不在列表中。</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>暂时无法访问数据库。请重试。</translation>
    </message>
</context>
<context>
    <name>SyncToolScreen</name>
    <message>
        <source>Network &amp; sync</source>
        <translation>网络与同步</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>返回控制台</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Conflicts to review: {count}</source>
        <translation>待处理冲突：{count}</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>待处理冲突</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <source>Capital letters</source>
        <translation>大写字母</translation>
    </message>
    <message>
        <source>More letters and marks</source>
        <translation>更多字母和符号</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>删除最后一个字</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Letters with accents</source>
        <translation>带重音的字母</translation>
    </message>
    <message>
        <source>Arabic letters</source>
        <translation>阿拉伯字母</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>拉丁字母</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Done typing</source>
        <translation>输入完成</translation>
    </message>
</context>
<context>
    <name>TrainingsFlow</name>
    <message>
        <source>Trainings &amp; consent</source>
        <translation>培训与同意书</translation>
    </message>
    <message>
        <source>One moment: still busy with the last step.</source>
        <translation>请稍候：上一步还在进行中。</translation>
    </message>
    <message>
        <source>Certified on {training} until {date}.</source>
        <translation>已获得{training}认证，有效期至{date}。</translation>
    </message>
    <message>
        <source>Certified on {training}.</source>
        <translation>已获得{training}认证。</translation>
    </message>
    <message>
        <source>Certification on {training} revoked.</source>
        <translation>{training}认证已撤销。</translation>
    </message>
    <message>
        <source>Guardian consent recorded.</source>
        <translation>已登记监护人同意书。</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>同意书已撤回。</translation>
    </message>
    <message>
        <source>Your account may not do this. Please ask an administrator.</source>
        <translation>您的账户不能做这个操作。请找管理员。</translation>
    </message>
    <message>
        <source>That did not work: {reason}.</source>
        <translation>操作没有成功：{reason}。</translation>
    </message>
    <message>
        <source>The database can&apos;t be reached right now. Please try again.</source>
        <translation>现在无法连接数据库。请再试一次。</translation>
    </message>
</context>
<context>
    <name>TrainingsScreen</name>
    <message>
        <source>✓ Certified</source>
        <translation>✓ 已认证</translation>
    </message>
    <message>
        <source>✓ Certified until {date}</source>
        <translation>✓ 已认证，至{date}</translation>
    </message>
    <message>
        <source>Expired on {date}</source>
        <translation>已于{date}过期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>未认证</translation>
    </message>
    <message>
        <source>Trainings &amp; consent</source>
        <translation>培训与同意书</translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation>返回控制台</translation>
    </message>
    <message>
        <source>Scan the patron&apos;s card, or find them by name.</source>
        <translation>请扫描读者的卡，或按姓名查找。</translation>
    </message>
    <message>
        <source>The patron&apos;s name</source>
        <translation>读者姓名</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Nobody found with that name.</source>
        <translation>没有找到这个名字的人。</translation>
    </message>
    <message>
        <source>{name} (under 18)</source>
        <translation>{name}（未满18岁）</translation>
    </message>
    <message>
        <source>Guardian consent on file since {date}.</source>
        <translation>监护人同意书自{date}起在档。</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回同意书</translation>
    </message>
    <message>
        <source>No guardian consent on file: this minor cannot book machines yet.</source>
        <translation>没有监护人同意书：这位未成年人暂时不能预约机器。</translation>
    </message>
    <message>
        <source>No guardian consent on file (not needed for adults).</source>
        <translation>没有监护人同意书（成年人不需要）。</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>登记同意书</translation>
    </message>
    <message>
        <source>Tap a training to certify the patron on it.</source>
        <translation>点按一项培训，为读者认证。</translation>
    </message>
    <message>
        <source>No trainings yet. An administrator adds them with &apos;makerspace-kiosk training add&apos;.</source>
        <translation>还没有培训项目。管理员可用“makerspace-kiosk training add”添加。</translation>
    </message>
    <message>
        <source>Another patron</source>
        <translation>其他读者</translation>
    </message>
    <message>
        <source>Certify {name} on {training}?</source>
        <translation>为{name}认证{training}？</translation>
    </message>
    <message>
        <source>The certification does not expire.</source>
        <translation>该认证长期有效。</translation>
    </message>
    <message numerus="yes">
        <source>The certification is valid for %n month(s).</source>
        <translation>
            <numerusform>该认证有效期为%n个月。</numerusform>
        </translation>
    </message>
    <message>
        <source>Certify again</source>
        <translation>重新认证</translation>
    </message>
    <message>
        <source>Certify</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UsbPickerScreen</name>
    <message>
        <source>This file is too large for the kiosk.</source>
        <translation>此文件太大，自助终端无法接收。</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>此文件是空的。</translation>
    </message>
    <message>
        <source>The kiosk does not take this kind of file. It takes 3D models (STL, 3MF, OBJ), G-code, Arduino sketches, photos (PNG, JPEG), PDF and SVG.</source>
        <translation>自助终端不接收这种文件。可接收：3D 模型（STL、3MF、OBJ）、G-code、Arduino 程序、照片（PNG、JPEG）、PDF 和 SVG。</translation>
    </message>
    <message>
        <source>This file is damaged and cannot be read.</source>
        <translation>此文件已损坏，无法读取。</translation>
    </message>
    <message>
        <source>This file is incomplete: it was cut short when it was saved.</source>
        <translation>此文件不完整：保存时被截断了。</translation>
    </message>
    <message>
        <source>This file unpacks to far more than it holds; it is refused.</source>
        <translation>此文件解压后远大于其本身，已被拒绝。</translation>
    </message>
    <message>
        <source>This file&apos;s name is not allowed.</source>
        <translation>此文件名不被允许。</translation>
    </message>
    <message>
        <source>This is a link to something outside the USB stick.</source>
        <translation>这是指向 U 盘以外位置的链接。</translation>
    </message>
    <message>
        <source>This is not a file the kiosk can copy.</source>
        <translation>这不是自助终端可以复制的文件。</translation>
    </message>
    <message>
        <source>The USB stick could not be read. Was it pulled out? Plug it in and try again.</source>
        <translation>无法读取 U 盘。是被拔出了吗？请插好后再试一次。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s disk is full. Please see a staff member.</source>
        <translation>自助终端的磁盘已满。请联系工作人员。</translation>
    </message>
    <message>
        <source>The kiosk could not save the file. Please see a staff member.</source>
        <translation>自助终端无法保存此文件。请联系工作人员。</translation>
    </message>
    <message>
        <source>This file cannot be used.</source>
        <translation>此文件无法使用。</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>U 盘</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Print time: about %1</source>
        <translation>打印时间：约 %1</translation>
    </message>
    <message>
        <source>Filament: %1 m, %2 g</source>
        <translation>耗材：%1 米，%2 克</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>层数：%1</translation>
    </message>
    <message>
        <source>Size: %1 × %2 × %3 mm</source>
        <translation>尺寸：%1 × %2 × %3 毫米</translation>
    </message>
    <message>
        <source>Fits the printer %1.</source>
        <translation>可以在打印机 %1 上打印。</translation>
    </message>
    <message>
        <source>Does NOT fit the printer %1.</source>
        <translation>超出打印机 %1 的尺寸，无法打印。</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>太大</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>不接收</translation>
    </message>
    <message>
        <source>outside the stick</source>
        <translation>在 U 盘以外</translation>
    </message>
    <message>
        <source>name not allowed</source>
        <translation>文件名不允许</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Looking for a USB stick…</source>
        <translation>正在查找 U 盘…</translation>
    </message>
    <message>
        <source>No USB stick found</source>
        <translation>未找到 U 盘</translation>
    </message>
    <message>
        <source>Choose your USB stick</source>
        <translation>请选择您的 U 盘</translation>
    </message>
    <message>
        <source>Pick a file from your USB stick</source>
        <translation>从您的 U 盘中选择一个文件</translation>
    </message>
    <message>
        <source>Copying your file…</source>
        <translation>正在复制您的文件…</translation>
    </message>
    <message>
        <source>Is this the right file?</source>
        <translation>这是正确的文件吗？</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>此文件无法使用</translation>
    </message>
    <message>
        <source>Plug a USB stick into the kiosk: it will show here by itself.</source>
        <translation>请将 U 盘插入自助终端，它会自动显示在这里。</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>请稍候…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>返回上一级文件夹</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Cancel copy</source>
        <translation>取消复制</translation>
    </message>
    <message>
        <source>Pick another file</source>
        <translation>选择其他文件</translation>
    </message>
    <message>
        <source>Use this file</source>
        <translation>使用此文件</translation>
    </message>
    <message>
        <source>Model: %1 × %2 × %3 mm</source>
        <translation>模型：%1 × %2 × %3 毫米</translation>
    </message>
</context>
<context>
    <name>WaiverFlow</name>
    <message>
        <source>The agreement was just updated. Please read the new version.</source>
        <translation>协议刚刚更新，请阅读新版本。</translation>
    </message>
    <message>
        <source>That did not work. Please try again, or ask a staff member.</source>
        <translation>操作未成功。请重试，或请工作人员帮忙。</translation>
    </message>
</context>
<context>
    <name>WaiverScreen</name>
    <message>
        <source>Before you use the machines</source>
        <translation>使用机器之前</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>请稍候…</translation>
    </message>
    <message>
        <source>Please read the makerspace agreement (version {version}). A parent or guardian reads and accepts it with you.</source>
        <translation>请阅读创客空间协议（版本{version}）。请家长或监护人与你一起阅读并同意。</translation>
    </message>
    <message>
        <source>Please read the makerspace agreement (version {version}). Scroll to read it all.</source>
        <translation>请阅读创客空间协议（版本{version}）。滑动可阅读全文。</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>I accept</source>
        <translation>我同意</translation>
    </message>
    <message>
        <source>The agreement&apos;s text</source>
        <translation>协议全文</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome, {name}!</source>
        <translation>欢迎，{name}！</translation>
    </message>
    <message>
        <source>You&apos;re checked in, {time}.</source>
        <translation>您已签到，{time}。</translation>
    </message>
    <message>
        <source>You&apos;re already checked in today (since {time}).</source>
        <translation>您今天已经签到了（{time} 起）。</translation>
    </message>
    <message>
        <source>News for you</source>
        <translation>给你的消息</translation>
    </message>
    <message>
        <source>Your reservations today</source>
        <translation>您今天的预约</translation>
    </message>
    <message>
        <source>{time}  {item}</source>
        <translation>{time}  {item}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>The library is closed on {day} ({reason}): your booking of {item} at {time} can&apos;t go ahead. Please book another day.</source>
        <translation>图书馆在{day}闭馆（{reason}）：您在{time}预约的{item}无法进行。请改约其他日期。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
</context>
</TS>
