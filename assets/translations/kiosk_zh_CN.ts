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
    <name>CardPrint</name>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
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
    <name>KioskWindow</name>
    <message>
        <source>Makerspace Kiosk</source>
        <translation>创客空间自助终端</translation>
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
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
</context>
</TS>
