<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttendTrialsReader</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an exercise this version can import.</source>
        <translation>%1：“%2”不是此版本可以导入的练习。</translation>
    </message>
    <message>
        <source>%1: participant &quot;%2&quot;: %3</source>
        <translation>%1：参与者“%2”：%3</translation>
    </message>
    <message>
        <source>%1: the mode &quot;%2&quot; is neither assessment nor training.</source>
        <translation>%1：模式“%2”既不是评估也不是训练。</translation>
    </message>
    <message>
        <source>%1 repeats line %2.</source>
        <translation>%1 与第 %2 行重复。</translation>
    </message>
</context>
<context>
    <name>BidsFormat</name>
    <message>
        <source>BIDS behavioural dataset</source>
        <translation>BIDS 行为数据集</translation>
    </message>
</context>
<context>
    <name>ClinicianLock</name>
    <message numerus="yes">
        <source>That passphrase is not right. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>口令不正确。请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases: wait %n more second(s).</source>
        <translation>
            <numerusform>错误口令过多：请再等待 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>CSV with data dictionary</source>
        <translation>CSV 及数据字典</translation>
    </message>
</context>
<context>
    <name>DelimitedText</name>
    <message>
        <source>%1, line %2: a quoted field is never closed.</source>
        <translation>%1，第 %2 行：引号括起的字段没有闭合。</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds NUL bytes).</source>
        <translation>%1 不是文本文件（含有 NUL 字节）。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1, line 1: the column &quot;%2&quot; appears twice in the header.</source>
        <translation>%1，第 1 行：表头中列“%2”出现了两次。</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields, but the header has %4.</source>
        <translation>%1，第 %2 行：有 %3 个字段，但表头有 %4 个。</translation>
    </message>
    <message>
        <source>%1 holds a header but no rows.</source>
        <translation>%1 只有表头，没有数据行。</translation>
    </message>
</context>
<context>
    <name>DividedAttentionExercise</name>
    <message>
        <source>Divided attention</source>
        <translation>分配注意</translation>
    </message>
    <message>
        <source>Take in the centre and the edge of a brief display at once.</source>
        <translation>在短暂的画面中同时看清中央和边缘。</translation>
    </message>
    <message>
        <source>Look at the cross in the middle. A picture flashes briefly: a car or a truck in the small box in the middle and, in most parts, a round target somewhere further out, sometimes among triangles. Then the screen flickers.

First say what was in the middle: F for the car, J for the truck. Then say where the round target was: the keys around S (Q W E, A D, Z X C) or the number pad point in its direction.

Take your time to answer: only correctness counts. Guess if you are not sure.</source>
        <translation>请注视中央的十字。画面会短暂闪现：中央小框里是一辆轿车或一辆卡车；在多数部分中，外围某处还有一个圆形目标，有时混在三角形之中。随后屏幕会闪烁。

先回答中央是什么：轿车按 F，卡车按 J。再回答圆形目标在哪里：S 周围的按键（Q W E、A D、Z X C）或数字小键盘指向它的方向。

作答不限时，只计正确与否。不确定时请猜测。</translation>
    </message>
    <message>
        <source>Centre: F = car · J = truck   Then where: Q W E / A D / Z X C or the number pad</source>
        <translation>中央：F = 轿车 · J = 卡车   然后是位置：Q W E / A D / Z X C 或数字小键盘</translation>
    </message>
    <message>
        <source>Centre only</source>
        <translation>仅中央</translation>
    </message>
    <message>
        <source>Centre and edge</source>
        <translation>中央和边缘</translation>
    </message>
    <message>
        <source>Centre and edge among triangles</source>
        <translation>三角形干扰下的中央和边缘</translation>
    </message>
    <message>
        <source>Edge only</source>
        <translation>仅边缘</translation>
    </message>
    <message>
        <source>%1: display time for 75 % correct (fitted curve)</source>
        <translation>%1：正确率 75% 所需的呈现时间（拟合曲线）</translation>
    </message>
    <message>
        <source>%1: display time for 75 % correct (staircase reversals)</source>
        <translation>%1：正确率 75% 所需的呈现时间（阶梯法反转点）</translation>
    </message>
    <message>
        <source>Centre identified correctly (with the edge task)</source>
        <translation>中央识别正确率（同时做边缘任务）</translation>
    </message>
    <message>
        <source>Edge target located correctly (with the centre task)</source>
        <translation>边缘目标定位正确率（同时做中央任务）</translation>
    </message>
    <message>
        <source>Dual-task cost: extra display time needed for the edge target</source>
        <translation>双任务代价：定位边缘目标多需的呈现时间</translation>
    </message>
    <message>
        <source>You can also answer with the mouse: click the car or the truck, then the direction.</source>
        <translation>也可以用鼠标作答：先点击轿车或卡车，再点击方向。</translation>
    </message>
    <message>
        <source>There are five parts: the edge target alone (20 displays), three parts of 40, and the edge target alone again (20). The display gets shorter as you get them right. About 15 minutes.</source>
        <translation>测试分五部分：先单独找边缘目标（20 个画面），然后三部分各 40 个画面，最后再单独找边缘目标（20 个画面）。答对时画面会变短。约需 15 分钟。</translation>
    </message>
    <message>
        <source>In training, the display time, the number of triangles, how far out the target is and how alike the car and truck look change to keep you at your best. At the easiest levels there is no edge target: only the centre.</source>
        <translation>训练中，呈现时间、三角形数量、目标离中央的距离以及轿车与卡车的相似程度会随时调整，使您保持最佳状态。最容易的级别没有边缘目标，只看中央。</translation>
    </message>
</context>
<context>
    <name>DividedAttentionScene</name>
    <message>
        <source>What was in the centre?</source>
        <translation>中央是什么？</translation>
    </message>
    <message>
        <source>F = car          J = truck</source>
        <translation>F = 轿车          J = 卡车</translation>
    </message>
    <message>
        <source>Where was the round target?</source>
        <translation>圆形目标在哪里？</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Writing the audit entry %1</source>
        <translation>写入审计记录 %1</translation>
    </message>
    <message>
        <source>Counting audit entries</source>
        <translation>统计审计记录</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是一个文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database: a file of that name is in the way.</source>
        <translation>无法为数据库创建文件夹 %1：已有同名文件。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only.</source>
        <translation>数据库文件 %1 是只读的。</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>文件夹 %1 不可写入。</translation>
    </message>
    <message>
        <source>No database location was given.</source>
        <translation>未指定数据库位置。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Attend (schema %2; this version knows up to %3). It was not changed.</source>
        <translation>数据库 %1 由更新版本的 Attend 写入（结构版本 %2；此版本最高支持 %3）。数据库未被改动。</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Upgrading the schema to version %1</source>
        <translation>将数据库结构升级到版本 %1</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Looking up participant %1</source>
        <translation>查找参与者 %1</translation>
    </message>
    <message>
        <source>The code %1 is already used by participant %2.</source>
        <translation>编号 %1 已被参与者 %2 使用。</translation>
    </message>
    <message>
        <source>Adding participant %1</source>
        <translation>添加参与者 %1</translation>
    </message>
    <message>
        <source>Listing participants</source>
        <translation>列出参与者</translation>
    </message>
    <message>
        <source>There is no participant with the code %1 in %2.</source>
        <translation>%2 中没有编号为 %1 的参与者。</translation>
    </message>
    <message>
        <source>Renaming a participant</source>
        <translation>重命名参与者</translation>
    </message>
    <message>
        <source>Participant %1 no longer exists in %2.</source>
        <translation>参与者 %1 在 %2 中已不存在。</translation>
    </message>
    <message>
        <source>Archiving a participant</source>
        <translation>归档参与者</translation>
    </message>
    <message>
        <source>Starting a session</source>
        <translation>开始训练阶段</translation>
    </message>
    <message>
        <source>Ending session %1</source>
        <translation>结束训练阶段 %1</translation>
    </message>
    <message>
        <source>Session %1 is not running in %2.</source>
        <translation>%2 中的训练阶段 %1 不在进行中。</translation>
    </message>
    <message>
        <source>Looking for unfinished sessions</source>
        <translation>查找未完成的训练阶段</translation>
    </message>
    <message>
        <source>Listing sessions</source>
        <translation>列出训练阶段</translation>
    </message>
    <message>
        <source>Looking up the last session</source>
        <translation>查找上一次训练阶段</translation>
    </message>
    <message>
        <source>Counting sessions</source>
        <translation>统计训练阶段</translation>
    </message>
    <message>
        <source>Could not switch the database %1 to write-ahead logging.</source>
        <translation>无法将数据库 %1 切换为预写日志模式。</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close it and try again.</source>
        <translation>数据库 %1 被另一个程序锁定。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The file %1 is not an Attend database.</source>
        <translation>文件 %1 不是 Attend 数据库。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation>数据库 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>The database %1 is read-only.</source>
        <translation>数据库 %1 是只读的。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>存放 %1 的磁盘已满。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>%1 was refused by the database %2: %3</source>
        <translation>数据库 %2 拒绝了“%1”：%3</translation>
    </message>
    <message>
        <source>%1 failed on the database %2: %3</source>
        <translation>在数据库 %2 上“%1”失败：%3</translation>
    </message>
    <message>
        <source>Saving trial %1 of block %2</source>
        <translation>保存第 %2 组的第 %1 个试次</translation>
    </message>
    <message>
        <source>Reading the trials of session %1</source>
        <translation>读取训练阶段 %1 的试次</translation>
    </message>
    <message>
        <source>Counting trials</source>
        <translation>统计试次</translation>
    </message>
    <message>
        <source>Session %1 cannot be resumed as %2.</source>
        <translation>训练阶段 %1 无法作为 %2 继续。</translation>
    </message>
    <message>
        <source>No trial is being shown.</source>
        <translation>当前没有正在呈现的试次。</translation>
    </message>
    <message>
        <source>Reading session %1</source>
        <translation>读取训练阶段 %1</translation>
    </message>
    <message>
        <source>There is no session %1 in %2.</source>
        <translation>%2 中没有训练阶段 %1。</translation>
    </message>
    <message>
        <source>Saving the timing of session %1</source>
        <translation>保存训练阶段 %1 的计时信息</translation>
    </message>
    <message>
        <source>Setting aside the trials of session %1</source>
        <translation>搁置训练阶段 %1 的试次</translation>
    </message>
    <message>
        <source>Saving the model of participant %1</source>
        <translation>保存参与者 %1 的模型</translation>
    </message>
    <message>
        <source>Reading the model of participant %1</source>
        <translation>读取参与者 %1 的模型</translation>
    </message>
    <message>
        <source>The attention model&apos;s prior could not be read.</source>
        <translation>无法读取注意力模型的先验参数。</translation>
    </message>
    <message>
        <source>There is no exercise &quot;%1&quot;.</source>
        <translation>没有名为“%1”的练习。</translation>
    </message>
    <message>
        <source>There is no participant %1 in %2.</source>
        <translation>%2 中没有参与者 %1。</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Cannot write the export to %1: the folder cannot be created or written (check its permissions and the free space on the disk).</source>
        <translation>无法将导出写入 %1：无法创建或写入该文件夹（请检查权限和磁盘剩余空间）。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>The simulated participant gave no answer to trial %1 of block %2, which waits for one.</source>
        <translation>模拟参与者没有回答第 %2 组的第 %1 个试次，而该试次需要回答。</translation>
    </message>
    <message>
        <source>The population names an exercise &quot;%1&quot; that this version of Attend does not have.</source>
        <translation>人群文件中提到的练习“%1”在此版本的 Attend 中不存在。</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its schema version reads %2. It was not changed.</source>
        <translation>数据库 %1 已损坏：其架构版本为 %2。未做任何更改。</translation>
    </message>
    <message>
        <source>Storing the recomputed measures of session %1</source>
        <translation>保存训练阶段 %1 重新计算的测量指标</translation>
    </message>
    <message>
        <source>Listing completed sessions</source>
        <translation>列出已完成的训练阶段</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a device, a pipe or a socket); Attend keeps its data only in ordinary files.</source>
        <translation>%1 不是普通文件（而是设备、管道或套接字）；Attend 只把数据保存在普通文件中。</translation>
    </message>
    <message>
        <source>There is no database at %1; nothing was created.</source>
        <translation>%1 处没有数据库；未创建任何文件。</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Attend database; it was not changed.</source>
        <translation>%1 是空文件，不是 Attend 数据库；它未被更改。</translation>
    </message>
    <message>
        <source>The database %1 holds a participant code that Attend never writes (participant %2: %3); it was changed by other means, and Attend will not use it.</source>
        <translation>数据库 %1 中有一个 Attend 从不写入的参与者代码（参与者 %2：%3）；它已被其他方式修改，Attend 不会使用它。</translation>
    </message>
    <message>
        <source>A display name cannot hold control characters.</source>
        <translation>显示名称不能包含控制字符。</translation>
    </message>
    <message>
        <source>Locking the database to upgrade it</source>
        <translation>锁定数据库以升级</translation>
    </message>
    <message>
        <source>Upgrading the schema</source>
        <translation>升级数据库结构</translation>
    </message>
    <message>
        <source>The folder %1 holds files that are not an earlier Attend export; Attend overwrites only its own exports. Choose an empty or new folder.</source>
        <translation>文件夹 %1 中的文件不是 Attend 之前的导出；Attend 只覆盖它自己的导出。请选择一个空文件夹或新文件夹。</translation>
    </message>
    <message>
        <source>Session %1 is in progress in another program.</source>
        <translation>第 %1 次训练正在另一个程序中进行。</translation>
    </message>
    <message>
        <source>Storing an imported session</source>
        <translation>保存导入的训练阶段</translation>
    </message>
    <message>
        <source>Looking for sessions imported from the same file</source>
        <translation>查找从同一文件导入的训练阶段</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, older than this Attend&apos;s %3; the app or a command that writes upgrades it. It was not changed.</source>
        <translation>数据库 %1 的结构版本为 %2，低于此版本 Attend 的 %3；用本程序或会写入的命令打开即可升级。数据库未被改动。</translation>
    </message>
    <message>
        <source>The simulated trainee %1 did not finish programme %2.</source>
        <translation>模拟受训者 %1 没有完成训练计划 %2。</translation>
    </message>
    <message>
        <source>Assigning programme %1 to participant %2</source>
        <translation>为参与者 %2 指定训练计划 %1</translation>
    </message>
    <message>
        <source>Reading the programme of participant %1</source>
        <translation>读取参与者 %1 的训练计划</translation>
    </message>
    <message>
        <source>Reading participant %1</source>
        <translation>读取参与者 %1</translation>
    </message>
    <message>
        <source>These details cannot be stored: a birth year from 1900 to %1, and notes without control characters, please.</source>
        <translation>无法保存这些信息：出生年份须在 1900 到 %1 之间，备注中不能有控制字符。</translation>
    </message>
    <message>
        <source>Saving the details of participant %1</source>
        <translation>保存参与者 %1 的信息</translation>
    </message>
    <message>
        <source>Saving the notes of session %1</source>
        <translation>保存练习 %1 的备注</translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not Attend&apos;s; it was not changed.</source>
        <translation>数据库 %1 中有不属于 Attend 的表；未作任何更改。</translation>
    </message>
    <message>
        <source>The server of %1 did not accept the user or password (%2). Attend reads the password from ~/.pgpass or the PGPASSWORD variable.</source>
        <translation>%1 的服务器不接受该用户名或密码（%2）。Attend 从 ~/.pgpass 或 PGPASSWORD 环境变量读取密码。</translation>
    </message>
    <message>
        <source>The server has no such database or user: %1 (%2).</source>
        <translation>服务器上没有该数据库或用户：%1（%2）。</translation>
    </message>
    <message>
        <source>The database server of %1 cannot be reached: %2</source>
        <translation>无法连接 %1 的数据库服务器：%2</translation>
    </message>
    <message>
        <source>%1 is not allowed for this user on the database %2: %3</source>
        <translation>此用户在数据库 %2 上无权%1：%3</translation>
    </message>
    <message>
        <source>The database %1 is busy with another workstation&apos;s change. Try again.</source>
        <translation>数据库 %1 正在处理另一台工作站的更改。请重试。</translation>
    </message>
    <message>
        <source>The disk of the server holding %1 is full.</source>
        <translation>存放 %1 的服务器磁盘已满。</translation>
    </message>
    <message>
        <source>%1 was refused: the database %2 is open read-only.</source>
        <translation>%1被拒绝：数据库 %2 以只读方式打开。</translation>
    </message>
    <message>
        <source>%1 is not a usable PostgreSQL location: %2</source>
        <translation>%1 不是可用的 PostgreSQL 位置：%2</translation>
    </message>
    <message>
        <source>it holds a password. Put the password in ~/.pgpass or the PGPASSWORD variable instead.</source>
        <translation>其中含有密码。请改为将密码放在 ~/.pgpass 或 PGPASSWORD 环境变量中。</translation>
    </message>
    <message>
        <source>it names no database (…/dbname).</source>
        <translation>未指明数据库（…/dbname）。</translation>
    </message>
    <message>
        <source>it has an unknown or malformed setting &quot;%1&quot;.</source>
        <translation>含有未知或格式错误的设置“%1”。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file; server roles are for a PostgreSQL database (postgresql://…).</source>
        <translation>%1 是 SQLite 文件；服务器角色仅用于 PostgreSQL 数据库（postgresql://…）。</translation>
    </message>
    <message>
        <source>Reading the database&apos;s name</source>
        <translation>读取数据库名称</translation>
    </message>
    <message>
        <source>Looking up the role %1</source>
        <translation>查找角色 %1</translation>
    </message>
    <message>
        <source>Creating the role %1</source>
        <translation>创建角色 %1</translation>
    </message>
    <message>
        <source>Granting the roles their rights</source>
        <translation>为角色授予权限</translation>
    </message>
    <message>
        <source>Copying needs the clinician role on the server of %1.</source>
        <translation>复制需要 %1 所在服务器上的临床医生角色。</translation>
    </message>
    <message>
        <source>Listing the sessions to copy</source>
        <translation>列出要复制的训练记录</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>第 %1 次训练</translation>
    </message>
    <message>
        <source>The copy was stopped; whole sessions only were copied.</source>
        <translation>复制已停止；只复制了完整的训练记录。</translation>
    </message>
    <message>
        <source>Reading the participants to copy</source>
        <translation>读取要复制的参与者</translation>
    </message>
    <message>
        <source>The code %1 names a different person in %2 than in %3; nothing was copied. Give one of them another code first.</source>
        <translation>编号 %1 在 %2 与 %3 中指的是不同的人；未复制任何内容。请先为其中一人更换编号。</translation>
    </message>
    <message>
        <source>Copying participant %1</source>
        <translation>复制参与者 %1</translation>
    </message>
    <message>
        <source>A session in %1 names participant %2, who is not there.</source>
        <translation>%1 中的一条训练记录指向参与者 %2，但该参与者不存在。</translation>
    </message>
    <message>
        <source>Looking up session %1</source>
        <translation>查找训练记录 %1</translation>
    </message>
    <message>
        <source>Copying session %1</source>
        <translation>复制训练记录 %1</translation>
    </message>
    <message>
        <source>Copying the trials of session %1</source>
        <translation>复制训练记录 %1 的试次</translation>
    </message>
    <message>
        <source>Reading the model states to copy</source>
        <translation>读取要复制的模型状态</translation>
    </message>
    <message>
        <source>Reading a model state</source>
        <translation>读取模型状态</translation>
    </message>
    <message>
        <source>Copying a model state</source>
        <translation>复制模型状态</translation>
    </message>
    <message>
        <source>Reading the programme assignments to copy</source>
        <translation>读取要复制的训练计划分配</translation>
    </message>
    <message>
        <source>Looking up a programme assignment</source>
        <translation>查找训练计划分配</translation>
    </message>
    <message>
        <source>Copying a programme assignment</source>
        <translation>复制训练计划分配</translation>
    </message>
    <message>
        <source>the connection was lost.</source>
        <translation>连接已断开。</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and this Attend needs %3; only the database&apos;s owner may upgrade it: ask the server&apos;s administrator to run &quot;attend-cli server init&quot; (docs/clinic.md).</source>
        <translation>数据库 %1 的结构版本为 %2，而此版本 Attend 需要 %3；只有数据库所有者可以升级：请服务器管理员运行“attend-cli server init”（见 docs/clinic.md）。</translation>
    </message>
    <message>
        <source>The server of %1 does not accept this connection (%2). Its pg_hba.conf says who may connect from where, and whether only with TLS (sslmode; docs/clinic.md).</source>
        <translation>%1 的服务器不接受此连接（%2）。服务器的 pg_hba.conf 规定谁可以从哪里连接，以及是否只允许 TLS 连接（sslmode；见 docs/clinic.md）。</translation>
    </message>
    <message>
        <source>The server of %1 could not be verified over TLS (%2): check the certificate of the authority that signed the server&apos;s (sslrootcert; docs/clinic.md).</source>
        <translation>无法通过 TLS 验证 %1 的服务器（%2）：请检查为该服务器证书签名的证书颁发机构的证书（sslrootcert；见 docs/clinic.md）。</translation>
    </message>
    <message>
        <source>Looking for session %1</source>
        <translation>查找会话 %1</translation>
    </message>
    <message>
        <source>Trials cannot be kept on this computer: the folder of %1 cannot be made.</source>
        <translation>无法在本机保存试次：无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>The trials kept on this computer in %1 could not be opened: %2</source>
        <translation>无法打开本机 %1 中保存的试次：%2</translation>
    </message>
    <message>
        <source>A trial could not be kept on this computer in %1: %2</source>
        <translation>无法将试次保存在本机 %1 中：%2</translation>
    </message>
    <message>
        <source>The trials kept on this computer in %1 could not be counted: %2</source>
        <translation>无法统计本机 %1 中保存的试次：%2</translation>
    </message>
    <message>
        <source>A trial sent to the server could not be removed from %1: %2</source>
        <translation>已发送到服务器的试次无法从 %1 中移除：%2</translation>
    </message>
    <message>
        <source>The trials kept on this computer in %1 could not be read: %2</source>
        <translation>无法读取本机 %1 中保存的试次：%2</translation>
    </message>
    <message>
        <source>The folder %1 holds an earlier export; choose an empty or new folder, or allow replacing it.</source>
        <translation>文件夹 %1 中有一次较早的导出；请选择一个空的或新的文件夹，或允许替换它。</translation>
    </message>
    <message>
        <source>The database&apos;s owner needs the right to create roles (createuser --createrole, docs/clinic.md).</source>
        <translation>数据库的所有者需要创建角色的权限（createuser --createrole，见 docs/clinic.md）。</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>%1: the mapping has no &quot;fields&quot; object (docs/import.md).</source>
        <translation>%1：映射中没有“fields”对象（见 docs/import.md）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a field of this exercise; the fields are %3.</source>
        <translation>%1：“%2”不是此练习的字段；可用字段为 %3。</translation>
    </message>
    <message>
        <source>%1: &quot;rows&quot; needs a &quot;column&quot; and the texts to &quot;keep&quot;.</source>
        <translation>%1：“rows”需要一个“column”以及要保留的文本“keep”。</translation>
    </message>
    <message>
        <source>%1: the mapping gives no &quot;%2&quot;, which this exercise&apos;s measures need (docs/import.md).</source>
        <translation>%1：映射中没有给出“%2”，而此练习的测量指标需要它（见 docs/import.md）。</translation>
    </message>
    <message>
        <source>%1: give either a &quot;column&quot; or a &quot;value&quot;.</source>
        <translation>%1：请给出“column”或“value”之一。</translation>
    </message>
    <message>
        <source>%1: the unit must be &quot;ms&quot; or &quot;s&quot;, not &quot;%2&quot;.</source>
        <translation>%1：单位必须是“ms”或“s”，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; (the mapping&apos;s &quot;rows&quot;).</source>
        <translation>%1 中没有列“%2”（映射的“rows”）。</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; (the mapping&apos;s &quot;%3&quot;).</source>
        <translation>%1 中没有列“%2”（映射的“%3”）。</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;</source>
        <translation>%1，第 %2 行，列“%3”</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: no value for &quot;%2&quot;.</source>
        <translation>%1：“%2”没有值。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither a true value (%3) nor a false one (%4) for &quot;%5&quot;.</source>
        <translation>%1：对“%5”而言，“%2”既不是真值（%3）也不是假值（%4）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number (&quot;%3&quot;).</source>
        <translation>%1：“%2”不是数字（“%3”）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3 (&quot;%4&quot;); a &quot;values&quot; object in the mapping can translate it.</source>
        <translation>%1：“%2”不是 %3 之一（“%4”）；可在映射中用“values”对象转换。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO 8601 date and time.</source>
        <translation>%1：“%2”不是 ISO 8601 日期时间。</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>JSON, one file per session</source>
        <translation>JSON，每个训练阶段一个文件</translation>
    </message>
</context>
<context>
    <name>MappedTrialsReader</name>
    <message>
        <source>%1: the trial number is below the first one the mapping names.</source>
        <translation>%1：试次编号小于映射指定的第一个编号。</translation>
    </message>
    <message>
        <source>%1: a response without a reaction time.</source>
        <translation>%1：有反应但没有反应时。</translation>
    </message>
    <message>
        <source>The mapping names no participant column; give --participant CODE.</source>
        <translation>映射中没有参与者列；请使用 --participant 编号。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: participant &quot;%2&quot;: %3</source>
        <translation>%1：参与者“%2”：%3</translation>
    </message>
    <message>
        <source>%1, line %2 repeats trial %3 of block %4 of %5 (line %6).</source>
        <translation>%1，第 %2 行重复了 %5 第 %4 组的第 %3 个试次（第 %6 行）。</translation>
    </message>
</context>
<context>
    <name>MeasureDefinitions</name>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>ms/item</source>
        <translation>毫秒/项</translation>
    </message>
    <message>
        <source>ms/s</source>
        <translation>毫秒/秒</translation>
    </message>
    <message>
        <source>the shortest display time at which you still caught both the centre and the edge target</source>
        <translation>您仍能同时看清中央和边缘目标的最短呈现时间</translation>
    </message>
    <message>
        <source>how often you pressed when you should have held back</source>
        <translation>在应当忍住不按时您按键的比例</translation>
    </message>
    <message>
        <source>the extra time you needed when the rule changed</source>
        <translation>规则改变时您多用的时间</translation>
    </message>
    <message>
        <source>the extra time you needed for each additional item when searching</source>
        <translation>搜索时每多一个项目您多用的时间</translation>
    </message>
    <message>
        <source>Training: mean difficulty level (0 easiest, 1 hardest) over the second half of the trials the level adapts on, where the controller holds the person near the target accuracy; interval by batch means</source>
        <translation>训练：在难度随之调整的试次的后半段中，平均难度等级（0 最容易，1 最难），此时控制器使其保持在目标正确率附近；区间用批均值法估计</translation>
    </message>
    <message>
        <source>Training: proportion correct on the trials the level reached is taken over</source>
        <translation>训练：计算所达等级时所用试次中的正确比例</translation>
    </message>
    <message>
        <source>Proportion of trials answered correctly (visual search: of the answered trials)</source>
        <translation>回答正确的试次比例（视觉搜索：占已作答试次的比例）</translation>
    </message>
    <message>
        <source>Visual search assessment: proportion correct of the answered trials at set size \1</source>
        <translation>视觉搜索评估：项目数为 \1 时已作答试次中的正确比例</translation>
    </message>
    <message>
        <source>Least-squares slope of mean correct RT on set size, \1 search, target \2 trials (ms per item)</source>
        <translation>平均正确反应时对项目数的最小二乘斜率，\1搜索，\2目标试次（毫秒/项）</translation>
    </message>
    <message>
        <source>Intercept (ms) of the least-squares line of mean correct RT on set size, \1 search, target \2 trials</source>
        <translation>平均正确反应时对项目数的最小二乘直线的截距（毫秒），\1搜索，\2目标试次</translation>
    </message>
    <message>
        <source>R² of the least-squares line of mean correct RT on set size, \1 search, target \2 trials</source>
        <translation>平均正确反应时对项目数的最小二乘直线的 R²，\1搜索，\2目标试次</translation>
    </message>
    <message>
        <source>Mean correct RT (ms) on target-present trials at set size \2, \1 search, anticipations and RTs beyond 2.5 SD removed</source>
        <translation>项目数为 \2 时有目标试次的平均正确反应时（毫秒），\1搜索，已去除抢答和超过 2.5 个标准差的反应时</translation>
    </message>
    <message>
        <source>Target-absent : target-present slope ratio, \1 search (about 2 for a serial self-terminating search); no value when the present slope is below 5 ms/item</source>
        <translation>无目标与有目标斜率之比，\1搜索（序列自终止搜索约为 2）；有目标斜率低于 5 毫秒/项时无数值</translation>
    </message>
    <message>
        <source>Least-squares slope of the error rate on set size (share of answers per item)</source>
        <translation>错误率对项目数的最小二乘斜率（每项占回答的比例）</translation>
    </message>
    <message>
        <source>Share of target-present displays answered &quot;absent&quot;</source>
        <translation>有目标画面中回答“无”的比例</translation>
    </message>
    <message>
        <source>Share of target-absent displays answered &quot;present&quot;</source>
        <translation>无目标画面中回答“有”的比例</translation>
    </message>
    <message>
        <source>Number of displays left unanswered at the deadline</source>
        <translation>到时限仍未作答的画面数</translation>
    </message>
    <message>
        <source>Mean correct RT divided by proportion correct (ms)</source>
        <translation>平均正确反应时除以正确比例（毫秒）</translation>
    </message>
    <message>
        <source>Display time (ms) at which a Weibull function fitted by maximum likelihood gives 75 % correct, \1 subtest; no value when outside the display times tested</source>
        <translation>用最大似然拟合的 Weibull 函数给出 75% 正确率时的呈现时间（毫秒），\1子测验；超出所测呈现时间范围时无数值</translation>
    </message>
    <message>
        <source>Display time (ms) from the \1 subtest&apos;s staircases: mean of each staircase&apos;s reversal levels after its first two, averaged over the staircases</source>
        <translation>由\1子测验的阶梯得出的呈现时间（毫秒）：每个阶梯前两次反转之后各反转点的均值，再对各阶梯求平均</translation>
    </message>
    <message>
        <source>Proportion of centre targets identified correctly on trials with an edge target too</source>
        <translation>在同时有边缘目标的试次中正确识别中央目标的比例</translation>
    </message>
    <message>
        <source>Proportion of edge targets located correctly on trials with a centre target too</source>
        <translation>在同时有中央目标的试次中正确定位边缘目标的比例</translation>
    </message>
    <message>
        <source>Edge target&apos;s display-time threshold with the centre task minus without it, over without it (%)</source>
        <translation>边缘目标在有中央任务时的呈现时间阈限减去无中央任务时的阈限，再除以无中央任务时的阈限（%）</translation>
    </message>
    <message>
        <source>Mean correct RT on switch minus repeat trials of mixed blocks (ms), without each block&apos;s first trial and trials after an error</source>
        <translation>混合组块中切换试次与重复试次平均正确反应时之差（毫秒），不含每组块的第一个试次和错误后的试次</translation>
    </message>
    <message>
        <source>Switch cost (ms) among trials with a cue–target interval of \1 ms</source>
        <translation>线索–目标间隔为 \1 毫秒的试次中的切换代价（毫秒）</translation>
    </message>
    <message>
        <source>Mean correct RT on task-switch minus cue-switch trials of mixed blocks (ms)</source>
        <translation>混合组块中任务切换试次与线索切换试次平均正确反应时之差（毫秒）</translation>
    </message>
    <message>
        <source>Mean correct RT on cue-switch minus cue-repeat trials of mixed blocks (ms)</source>
        <translation>混合组块中线索切换试次与线索重复试次平均正确反应时之差（毫秒）</translation>
    </message>
    <message>
        <source>Error rate on switch minus repeat trials of mixed blocks (a miss is an error)</source>
        <translation>混合组块中切换试次与重复试次错误率之差（未作答计为错误）</translation>
    </message>
    <message>
        <source>Mean correct RT on repeat trials of mixed blocks minus all trials of pure blocks (ms)</source>
        <translation>混合组块重复试次与单一组块全部试次平均正确反应时之差（毫秒）</translation>
    </message>
    <message>
        <source>Mean correct RT on incongruent minus congruent trials, all blocks (ms)</source>
        <translation>所有组块中不一致试次与一致试次平均正确反应时之差（毫秒）</translation>
    </message>
    <message>
        <source>Ex-Gaussian μ (ms), the normal part&apos;s mean, fitted by maximum likelihood to the correct RTs of \1 trials</source>
        <translation>Ex-Gaussian μ（毫秒），正态部分的均值，用最大似然拟合\1试次的正确反应时</translation>
    </message>
    <message>
        <source>Ex-Gaussian σ (ms), the normal part&apos;s SD, fitted by maximum likelihood to the correct RTs of \1 trials</source>
        <translation>Ex-Gaussian σ（毫秒），正态部分的标准差，用最大似然拟合\1试次的正确反应时</translation>
    </message>
    <message>
        <source>Ex-Gaussian τ (ms), the exponential tail&apos;s mean, fitted by maximum likelihood to the correct RTs of \1 trials</source>
        <translation>Ex-Gaussian τ（毫秒），指数尾部的均值，用最大似然拟合\1试次的正确反应时</translation>
    </message>
    <message>
        <source>EZ-diffusion drift rate v (s = 0.1) of \1 trials in mixed blocks</source>
        <translation>混合组块中\1试次的 EZ 扩散漂移率 v（s = 0.1）</translation>
    </message>
    <message>
        <source>EZ-diffusion boundary separation a (s = 0.1) of \1 trials in mixed blocks</source>
        <translation>混合组块中\1试次的 EZ 扩散边界间距 a（s = 0.1）</translation>
    </message>
    <message>
        <source>EZ-diffusion non-decision time Ter (ms) of \1 trials in mixed blocks</source>
        <translation>混合组块中\1试次的 EZ 扩散非决策时间 Ter（毫秒）</translation>
    </message>
    <message>
        <source>Number of responses to the no-go stimulus</source>
        <translation>对No-go 刺激作出反应的次数</translation>
    </message>
    <message>
        <source>Number of go stimuli left without a response</source>
        <translation>未作反应的 Go 刺激数</translation>
    </message>
    <message>
        <source>Responses to the no-go stimulus over no-go trials</source>
        <translation>对No-go 刺激作出的反应数除以No-go 试次数</translation>
    </message>
    <message>
        <source>Go stimuli without a response over go trials</source>
        <translation>未作反应的 Go 刺激数除以 Go 试次数</translation>
    </message>
    <message>
        <source>Number of go responses faster than 100 ms</source>
        <translation>快于 100 毫秒的反应次数</translation>
    </message>
    <message>
        <source>Mean RT (ms) of answered go trials, anticipations removed</source>
        <translation>已作答 Go 试次的平均反应时（毫秒），已去除抢答</translation>
    </message>
    <message>
        <source>Sample SD (ms) of the RTs of answered go trials, anticipations removed</source>
        <translation>已作答 Go 试次反应时的样本标准差（毫秒），已去除抢答</translation>
    </message>
    <message>
        <source>SD over mean of the RTs of answered go trials</source>
        <translation>已作答 Go 试次反应时的标准差除以均值</translation>
    </message>
    <message>
        <source>d′ = z(H) − z(F) with the no-go stimulus as signal (a withheld response to it is a hit, to a go stimulus a false alarm), log-linear correction</source>
        <translation>d′ = z(H) − z(F)，以No-go 刺激为信号（对其忍住不按为击中，对 Go 刺激忍住不按为虚报），对数线性校正</translation>
    </message>
    <message>
        <source>c = −(z(H) + z(F)) / 2 with the no-go stimulus as signal: above 0 leans towards pressing, below 0 towards withholding</source>
        <translation>c = −(z(H) + z(F)) / 2，以No-go 刺激为信号：大于 0 偏向按键，小于 0 偏向忍住不按</translation>
    </message>
    <message>
        <source>Least-squares slope of each quarter&apos;s mean go RT on quarter number 1–4 (ms per quarter)</source>
        <translation>各四分段平均反应时对段序号 1–4 的最小二乘斜率（毫秒/段）</translation>
    </message>
    <message>
        <source>Least-squares slope of each quarter&apos;s error rate on quarter number 1–4 (per quarter)</source>
        <translation>各四分段错误率对段序号 1–4 的最小二乘斜率（每段）</translation>
    </message>
    <message>
        <source>Mean go RT after a commission minus after a correctly withheld no-go (ms)</source>
        <translation>误按之后与正确忍住之后的平均反应时之差（毫秒）</translation>
    </message>
    <message>
        <source>Mean RT of the four go trials before a commission minus before a correct withhold (ms); negative is faster before errors</source>
        <translation>误按之前与正确忍住之前四个 Go 试次的平均反应时之差（毫秒）；负值表示错误前更快</translation>
    </message>
    <message>
        <source>CPT: least-squares slope of mean hit RT on the preceding inter-stimulus interval (ms per s)</source>
        <translation>CPT：平均击中反应时对前一个刺激间隔的最小二乘斜率（毫秒/秒）</translation>
    </message>
    <message>
        <source>CPT: least-squares slope of each block&apos;s mean hit RT on block number (ms per block)</source>
        <translation>CPT：各组块平均击中反应时对组块序号的最小二乘斜率（毫秒/组块）</translation>
    </message>
    <message>
        <source>CPT: mean hit RT (ms) after \1 ms between letters</source>
        <translation>CPT：字母间隔 \1 毫秒之后的平均击中反应时（毫秒）</translation>
    </message>
    <message>
        <source>CPT: sample SD (ms) of hit RTs in block \1</source>
        <translation>CPT：第 \1 组块击中反应时的样本标准差（毫秒）</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>conjunction</source>
        <translation>联合</translation>
    </message>
    <message>
        <source>spatial</source>
        <translation>空间构型</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>present</source>
        <translation>有</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>无</translation>
    </message>
    <message>
        <source>central</source>
        <translation>中央</translation>
    </message>
    <message>
        <source>peripheral</source>
        <translation>边缘</translation>
    </message>
    <message>
        <source>divided</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>selective</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>go</source>
        <translation>Go </translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>切换</translation>
    </message>
</context>
<context>
    <name>MetricReasons</name>
    <message>
        <source>a correlation needs at least three pairs</source>
        <translation>相关系数至少需要三对数据</translation>
    </message>
    <message>
        <source>a line needs at least two different x values</source>
        <translation>拟合直线至少需要两个不同的 x 值</translation>
    </message>
    <message>
        <source>all reaction times are equal</source>
        <translation>所有反应时都相同</translation>
    </message>
    <message>
        <source>an SD needs at least two reaction times</source>
        <translation>标准差至少需要两个反应时</translation>
    </message>
    <message>
        <source>an ex-Gaussian fit needs at least 20 reaction times</source>
        <translation>ex-Gaussian 拟合至少需要 20 个反应时</translation>
    </message>
    <message>
        <source>intensities must be positive</source>
        <translation>强度必须为正</translation>
    </message>
    <message>
        <source>needs 0 ≤ Pc ≤ 1 and a positive RT mean and variance</source>
        <translation>需要 0 ≤ Pc ≤ 1 且反应时均值和方差为正</translation>
    </message>
    <message>
        <source>needs a mean correct RT and a proportion correct</source>
        <translation>需要正确反应的平均反应时和正确率</translation>
    </message>
    <message>
        <source>needs a spread of first scores and a retest reliability between 0 and 1</source>
        <translation>需要首次得分有离散度，且重测信度在 0 与 1 之间</translation>
    </message>
    <message>
        <source>needs at least 10 trials at two or more intensities</source>
        <translation>需要至少两个强度、共至少 10 个试次</translation>
    </message>
    <message>
        <source>needs at least four trials</source>
        <translation>至少需要四个试次</translation>
    </message>
    <message>
        <source>needs at least one signal and one noise trial</source>
        <translation>至少需要一个信号试次和一个噪声试次</translation>
    </message>
    <message>
        <source>needs at least three points</source>
        <translation>至少需要三个点</translation>
    </message>
    <message>
        <source>needs at least two correct reaction times</source>
        <translation>至少需要两个正确反应的反应时</translation>
    </message>
    <message>
        <source>needs at least two trials</source>
        <translation>至少需要两个试次</translation>
    </message>
    <message>
        <source>needs both slopes</source>
        <translation>需要两个斜率</translation>
    </message>
    <message>
        <source>needs both the dual-task and the single-task value</source>
        <translation>需要双任务值和单任务值</translation>
    </message>
    <message>
        <source>needs complete go windows before both outcomes</source>
        <translation>需要两种结果之前都有完整的 Go 试次窗口</translation>
    </message>
    <message>
        <source>needs correct congruent and incongruent trials</source>
        <translation>需要正确的一致和不一致试次</translation>
    </message>
    <message>
        <source>needs correct cue-switch and cue-repeat trials</source>
        <translation>需要正确的线索转换和线索重复试次</translation>
    </message>
    <message>
        <source>needs correct repeat trials in mixed blocks and trials in pure blocks</source>
        <translation>需要混合组中正确的重复试次和单一组中的试次</translation>
    </message>
    <message>
        <source>needs correct switch and repeat trials</source>
        <translation>需要正确的转换和重复试次</translation>
    </message>
    <message>
        <source>needs correct switch and repeat trials at this interval</source>
        <translation>需要此间隔下正确的转换和重复试次</translation>
    </message>
    <message>
        <source>needs correct task-switch and cue-switch trials</source>
        <translation>需要正确的任务转换和线索转换试次</translation>
    </message>
    <message>
        <source>needs go responses after commissions and after withholds</source>
        <translation>需要误按之后和正确抑制之后的 Go 反应</translation>
    </message>
    <message>
        <source>needs switch and repeat trials</source>
        <translation>需要转换和重复试次</translation>
    </message>
    <message>
        <source>no answered target-absent trials</source>
        <translation>没有已作答的目标缺失试次</translation>
    </message>
    <message>
        <source>no answered target-present trials</source>
        <translation>没有已作答的目标出现试次</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>没有作答</translation>
    </message>
    <message>
        <source>no go trials</source>
        <translation>没有 Go 试次</translation>
    </message>
    <message>
        <source>no no-go trials</source>
        <translation>没有 No-go 试次</translation>
    </message>
    <message>
        <source>no noise trials</source>
        <translation>没有噪声试次</translation>
    </message>
    <message>
        <source>no reaction times left after cleaning</source>
        <translation>清理后没有剩余的反应时</translation>
    </message>
    <message>
        <source>no response was correct</source>
        <translation>没有正确的反应</translation>
    </message>
    <message>
        <source>no responses</source>
        <translation>没有反应</translation>
    </message>
    <message>
        <source>no signal trials</source>
        <translation>没有信号试次</translation>
    </message>
    <message>
        <source>no trials</source>
        <translation>没有试次</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>没有数值</translation>
    </message>
    <message>
        <source>not defined: the target-present slope is under 5 ms/item</source>
        <translation>无定义：目标出现时的斜率低于 5 毫秒/项</translation>
    </message>
    <message>
        <source>one of the lists does not vary</source>
        <translation>其中一组数据没有变化</translation>
    </message>
    <message>
        <source>the ex-Gaussian fit ran to a bound (σ or τ towards 0): these reaction times show no normal part or no slow tail</source>
        <translation>ex-Gaussian 拟合到达边界（σ 或 τ 趋于 0）：这些反应时没有正态部分或没有慢尾</translation>
    </message>
    <message>
        <source>the halves are perfectly opposed</source>
        <translation>两半完全相反</translation>
    </message>
    <message>
        <source>the single-task value is zero</source>
        <translation>单任务值为零</translation>
    </message>
    <message>
        <source>the target probability lies outside the range between guessing and lapsing</source>
        <translation>目标概率不在猜测率与失误率之间</translation>
    </message>
    <message>
        <source>the two lists differ in length</source>
        <translation>两组数据长度不同</translation>
    </message>
    <message>
        <source>x and y differ in length</source>
        <translation>x 与 y 的长度不同</translation>
    </message>
    <message>
        <source>at floor: below %1, the lowest intensity tested</source>
        <translation>处于下限：低于所测最低强度 %1</translation>
    </message>
    <message>
        <source>at ceiling: above %1, the highest intensity tested</source>
        <translation>处于上限：高于所测最高强度 %1</translation>
    </message>
</context>
<context>
    <name>ModelEvaluation</name>
    <message>
        <source>The attention model&apos;s prior could not be read.</source>
        <translation>无法读取注意力模型的先验参数。</translation>
    </message>
    <message>
        <source>The stored attention model of participant %1 in %2 is damaged in %3; nothing was changed.</source>
        <translation>%3 中参与者 %1 在 %2 的已存注意力模型已损坏；未做任何更改。</translation>
    </message>
    <message>
        <source>There are no trials to evaluate in %1.</source>
        <translation>%1 中没有可评估的试次。</translation>
    </message>
    <message>
        <source>There are no trials of %1 to evaluate in %2.</source>
        <translation>%2 中没有 %1 的可评估试次。</translation>
    </message>
</context>
<context>
    <name>ParticipantCode</name>
    <message>
        <source>Enter a participant code.</source>
        <translation>请输入参与者编号。</translation>
    </message>
    <message>
        <source>A participant code has at most %1 characters.</source>
        <translation>参与者编号最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A participant code may contain only the letters A–Z and the digits 0–9 (&quot;%1&quot; is not allowed), so that it is a valid BIDS label.</source>
        <translation>参与者编号只能包含字母 A–Z 和数字 0–9（不允许使用“%1”），这样它才是有效的 BIDS 标签。</translation>
    </message>
    <message>
        <source>space</source>
        <translation>空格</translation>
    </message>
</context>
<context>
    <name>PdfReportFormat</name>
    <message>
        <source>PDF report for the clinician</source>
        <translation>给临床人员的 PDF 报告</translation>
    </message>
    <message>
        <source>PDF report for the participant</source>
        <translation>给参与者的 PDF 报告</translation>
    </message>
</context>
<context>
    <name>PopulationFile</name>
    <message>
        <source>%1 must be an object with centre, spread, low, high and log_normal.</source>
        <translation>%1 必须是包含 centre、spread、low、high 和 log_normal 的对象。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number field of a distribution (centre, spread, low, high).</source>
        <translation>%1：“%2”不是分布的数值字段（centre、spread、low、high）。</translation>
    </message>
    <message>
        <source>%1: needs spread ≥ 0, low ≤ high and, when log-normal, a positive centre.</source>
        <translation>%1：要求 spread ≥ 0、low ≤ high，且为对数正态时 centre 为正数。</translation>
    </message>
    <message>
        <source>%1: there is no parameter &quot;%2&quot; of a simulated person.</source>
        <translation>%1：模拟参与者没有参数“%2”。</translation>
    </message>
    <message>
        <source>The population file %1 cannot be read: %2</source>
        <translation>无法读取人群文件 %1：%2</translation>
    </message>
    <message>
        <source>The population file %1 is not a JSON object (%2 at byte %3).</source>
        <translation>人群文件 %1 不是 JSON 对象（%2，位于第 %3 字节）。</translation>
    </message>
</context>
<context>
    <name>PriorityGrant</name>
    <message>
        <source>Scheduling: real-time priority %1 during the session.</source>
        <translation>调度：本次练习期间使用实时优先级 %1。</translation>
    </message>
    <message>
        <source>Scheduling: raised priority (nice %1) during the session; real-time priority was not allowed (%2).</source>
        <translation>调度：本次练习期间使用提高的优先级（nice %1）；系统不允许实时优先级（%2）。</translation>
    </message>
    <message>
        <source>Scheduling: normal priority; a higher one was not allowed (%1). See docs/timing.md for how an administrator grants it.</source>
        <translation>调度：普通优先级；系统不允许更高的优先级（%1）。管理员如何授予请见 docs/timing.md。</translation>
    </message>
    <message>
        <source>real-time %1</source>
        <translation>实时 %1</translation>
    </message>
    <message>
        <source>nice %1</source>
        <translation>nice %1</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>普通</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>The programme file %1 is not valid: %2.</source>
        <translation>训练计划文件 %1 无效：%2。</translation>
    </message>
    <message>
        <source>it needs an &quot;id&quot; and an English &quot;name&quot;</source>
        <translation>需要“id”和英文“name”</translation>
    </message>
    <message>
        <source>&quot;training_days&quot; (1–%1), &quot;days_per_week&quot; (1–7) and &quot;minutes_per_day&quot; (1–%2) must be whole numbers in range</source>
        <translation>“training_days”（1–%1）、“days_per_week”（1–7）和“minutes_per_day”（1–%2）必须是范围内的整数</translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; is unknown or listed twice</source>
        <translation>练习“%1”未知或重复列出</translation>
    </message>
    <message>
        <source>it lists no exercises</source>
        <translation>没有列出任何练习</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>Session</source>
        <translation>训练阶段</translation>
    </message>
    <message>
        <source>No completed session of this exercise yet</source>
        <translation>这个练习还没有完成的训练阶段</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>第一次</translation>
    </message>
    <message>
        <source>Forecast for the next session (95 %)</source>
        <translation>下一次的预测（95%）</translation>
    </message>
    <message>
        <source>Training: level reached (0 easiest, 1 hardest) and accuracy</source>
        <translation>训练：达到的等级（0 最容易，1 最难）与正确率</translation>
    </message>
    <message>
        <source>Target accuracy %1 ± 5 %</source>
        <translation>目标正确率 %1 ± 5%</translation>
    </message>
    <message>
        <source>Model forecast of accuracy</source>
        <translation>模型预测的正确率</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>达到的等级</translation>
    </message>
    <message>
        <source>Level, accuracy</source>
        <translation>等级、正确率</translation>
    </message>
</context>
<context>
    <name>ProgressPresenter</name>
    <message>
        <source>No forecast yet: %1.</source>
        <translation>暂无预测：%1。</translation>
    </message>
    <message>
        <source>Not in the chart, because they measure something else: %1.</source>
        <translation>以下结果测量的是别的指标，因此不在图中：%1。</translation>
    </message>
    <message>
        <source>Sessions %1: not enough trials for a result.</source>
        <translation>第 %1 次：试次不足，没有结果。</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正确率</translation>
    </message>
    <message>
        <source>Accuracy on %1 trials</source>
        <translation>%1 试次的正确率</translation>
    </message>
    <message>
        <source>Next training session starts at level %1, where the attention model expects %2 % correct (from %4 to %5 %; it has learnt from %3 of this person&apos;s trials).</source>
        <translation>下一次训练从等级 %1 开始，注意力模型预计正确率为 %2%（%4% 至 %5%；模型已从此人的 %3 个试次中学习）。</translation>
    </message>
    <message>
        <source>Next training session starts at level %1, where the attention model expects %2 % correct on %6 trials (from %4 to %5 %; it has learnt from %3 of this person&apos;s %6 trials).</source>
        <translation>下一次训练从等级 %1 开始，注意力模型预计 %6 试次的正确率为 %2%（%4% 至 %5%；模型已从此人的 %3 个 %6 试次中学习）。</translation>
    </message>
    <message>
        <source>Left out: session(s) %1, shorter than their protocol (stopped by a trial limit).</source>
        <translation>未计入：第 %1 次训练阶段，短于其规程（因试次上限而提前结束）。</translation>
    </message>
    <message>
        <source>No statement of change between assessments: it needs the measure&apos;s retest reliability, which takes %1 people with two assessments in this database (now %2) and a positive correlation between them.</source>
        <translation>不对两次评估之间的变化作判断：这需要该指标的重测信度，而估计它需要本数据库中有 %1 人完成过两次评估（目前为 %2 人），且两次结果呈正相关。</translation>
    </message>
    <message>
        <source>reliable change index %1 (Jacobson &amp; Truax 1991), from a retest reliability of %2 and an average practice effect of %3 among %4 people in this database</source>
        <translation>可靠变化指数 %1（Jacobson 与 Truax 1991），依据本数据库中 %4 人的重测信度 %2 和平均练习效应 %3</translation>
    </message>
    <message>
        <source>Assessment %1 differs from assessment %2 by more than measurement error and practice explain: %3.</source>
        <translation>第 %1 次评估与第 %2 次评估的差异超出了测量误差和练习效应所能解释的范围：%3。</translation>
    </message>
    <message>
        <source>The difference between assessments %2 and %1 is within what measurement error and practice explain: %3.</source>
        <translation>第 %2 次与第 %1 次评估之间的差异在测量误差和练习效应所能解释的范围之内：%3。</translation>
    </message>
    <message>
        <source>Split-half reliability of “%1” in this database: %2 (odd against even trials of the first assessments of %3 people, Spearman–Brown).</source>
        <translation>本数据库中“%1”的分半信度：%2（%3 人首次评估的奇数与偶数试次之比较，经 Spearman–Brown 校正）。</translation>
    </message>
    <message>
        <source> — lower is better</source>
        <translation> — 越低越好</translation>
    </message>
    <message>
        <source>%1 in session %2</source>
        <translation>第 %2 次为 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Whether the difference between your first and latest test is a real change cannot be told yet: that needs repeat tests from more people, to know how much results vary by chance.</source>
        <translation>目前还无法判断您第一次与最近一次测试之间的差异是否是真实的变化：这需要更多人的重复测试，才能知道结果会因偶然因素变动多少。</translation>
    </message>
    <message>
        <source>The difference between your first and latest test is within what chance and the gain from having done the test before explain, so it does not show a real change.</source>
        <translation>您第一次与最近一次测试之间的差异在偶然因素和做过测试带来的提高所能解释的范围之内，因此不表明真实的变化。</translation>
    </message>
    <message>
        <source>Your latest test differs from your first by more than chance and the gain from having done the test before explain.</source>
        <translation>您最近一次测试与第一次的差异，超出了偶然因素和做过测试带来的提高所能解释的范围。</translation>
    </message>
    <message>
        <source>Your latest test is better than your first by more than chance and the gain from having done the test before explain.</source>
        <translation>您最近一次测试比第一次好，且超出了偶然因素和做过测试带来的提高所能解释的范围。</translation>
    </message>
    <message>
        <source>Your latest test is worse than your first by more than chance and the gain from having done the test before explain.</source>
        <translation>您最近一次测试比第一次差，且超出了偶然因素和做过测试带来的提高所能解释的范围。</translation>
    </message>
</context>
<context>
    <name>RedcapFormat</name>
    <message>
        <source>REDCap import file and dictionary</source>
        <translation>REDCap 导入文件及字典</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message numerus="yes">
        <source>interrupted (the program stopped; %n trial(s) kept)</source>
        <translation>
            <numerusform>中断（程序停止；保留了 %n 个试次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped early (%n trial(s) kept)</source>
        <translation>
            <numerusform>提前停止（保留了 %n 个试次）</numerusform>
        </translation>
    </message>
    <message>
        <source>shorter than its protocol</source>
        <translation>短于其规定流程</translation>
    </message>
    <message numerus="yes">
        <source>%n dropped frame(s)</source>
        <translation>
            <numerusform>丢帧 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>no result: %1</source>
        <translation>没有结果：%1</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation>%1，%2：%3。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>not enough trials</source>
        <translation>试次不足</translation>
    </message>
    <message>
        <source>Attend report: participant %1</source>
        <translation>Attend 报告：参与者 %1</translation>
    </message>
    <message>
        <source>Your progress with Attend (%1)</source>
        <translation>您在 Attend 中的进展（%1）</translation>
    </message>
    <message>
        <source>Made on %1 with Attend %2 (build %3). Every result is compared only with this person&apos;s own first session; Attend has no norms and shows none.</source>
        <translation>由 Attend %2（构建 %3）于 %1 生成。每个结果只与此人自己的第一次相比；Attend 没有常模，也不显示常模。</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>训练阶段</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>No completed session yet.</source>
        <translation>还没有完成的训练阶段。</translation>
    </message>
    <message>
        <source>Timing audit</source>
        <translation>计时审核</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Presentation path</source>
        <translation>呈现方式</translation>
    </message>
    <message>
        <source>Frame interval (ms)</source>
        <translation>帧间隔（毫秒）</translation>
    </message>
    <message>
        <source>Dropped frames</source>
        <translation>丢帧数</translation>
    </message>
    <message>
        <source>Trials with a late frame</source>
        <translation>有延迟帧的试次</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Paradigms and parameters: docs/exercises.md. Measures and formulas (search slopes by least squares, switch and mixing costs after the stated exclusions, d′ with the log-linear correction, Weibull thresholds by maximum likelihood, vigilance decrement over quarters): docs/metrics.md. Intervals (95 %, stored when the session ended): Wilson for proportions, batch means for the level reached, otherwise a percentile bootstrap of 2000 resamples of the session&apos;s trials. Forecast: least-squares trend of the last sessions with its 95 % prediction interval; the attention model&apos;s expected accuracy: docs/model.md.</source>
        <translation>范式与参数：docs/exercises.md。指标与公式（最小二乘法搜索斜率、按所述排除规则计算的切换与混合代价、对数线性校正的 d′、最大似然 Weibull 阈限、按四个阶段计算的警觉下降）：docs/metrics.md。区间（95%，在训练阶段结束时存储）：比例用 Wilson 区间，达到的难度水平用批均值法，其余用对该次试次做 2000 次重抽样的百分位自助法。预测：最近几次训练阶段的最小二乘趋势及其 95% 预测区间；注意力模型的预期正确率：docs/model.md。</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message numerus="yes">
        <source>%n completed session(s).</source>
        <translation>
            <numerusform>已完成 %n 次训练阶段。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Made on %1 with Attend %2 (build %3). Your results are compared only with your own first session, never with other people.</source>
        <translation>由 Attend %2（构建 %3）于 %1 生成。您的结果只与您自己的第一次训练相比，从不与他人相比。</translation>
    </message>
    <message>
        <source>Programme: %1, from %2; %3 of %4 training days done.</source>
        <translation>训练计划：%1，自 %2 起；已完成 %4 个训练日中的 %3 个。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>主要结果</translation>
    </message>
    <message>
        <source>Change between assessments</source>
        <translation>评估之间的变化</translation>
    </message>
    <message>
        <source>Sessions to look at</source>
        <translation>需要查看的训练阶段</translation>
    </message>
    <message>
        <source>None: no session was interrupted or stopped early, dropped frames or ended without a result.</source>
        <translation>无：没有训练阶段中断或提前停止、丢帧或没有结果。</translation>
    </message>
    <message>
        <source>Key measure</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>First assessment (95 % interval)</source>
        <translation>首次评估（95% 区间）</translation>
    </message>
    <message>
        <source>Latest assessment (95 % interval)</source>
        <translation>最近一次评估（95% 区间）</translation>
    </message>
    <message>
        <source>Training level, first → last</source>
        <translation>训练水平，首次 → 最近</translation>
    </message>
    <message>
        <source>%1 (%2), session %3</source>
        <translation>%1（%2），第 %3 次</translation>
    </message>
    <message>
        <source>no assessment with a result</source>
        <translation>没有有结果的评估</translation>
    </message>
    <message>
        <source>You have not completed a session yet.</source>
        <translation>您还没有完成任何训练。</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>您做了什么</translation>
    </message>
    <message>
        <source>Your results</source>
        <translation>您的结果</translation>
    </message>
    <message>
        <source>%1 (we are 95 % sure it lies between %2 and %3)</source>
        <translation>%1（我们有 95% 的把握它在 %2 与 %3 之间）</translation>
    </message>
    <message>
        <source>The tests measured %1. At your first test: %2. At your latest test: %3.</source>
        <translation>测试测量的是%1。第一次测试：%2。最近一次测试：%3。</translation>
    </message>
    <message>
        <source>The test measured %1. At your test: %2. After another test, this report can compare the two.</source>
        <translation>测试测量的是%1。您的测试：%2。再做一次测试后，本报告即可比较两次结果。</translation>
    </message>
    <message>
        <source>Here a lower number is better.</source>
        <translation>此处数值越低越好。</translation>
    </message>
    <message>
        <source>In training the difficulty follows how you do, so that you get about %1 % right. Your level was %2 in your first training session and %3 in your last (0 is the easiest, 1 the hardest).</source>
        <translation>训练中难度会随您的表现调整，使您答对约 %1%。您第一次训练的水平是 %2，最近一次是 %3（0 最容易，1 最难）。</translation>
    </message>
    <message>
        <source>assessments: %1</source>
        <translation>评估：%1</translation>
    </message>
    <message>
        <source>training: %1</source>
        <translation>训练：%1</translation>
    </message>
    <message>
        <source>Result, in %1.</source>
        <translation>结果，%1。</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正确率</translation>
    </message>
    <message>
        <source>%1 (shorter than its protocol)</source>
        <translation>%1（短于其规定流程）</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n 次评估</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training session(s)</source>
        <translation>
            <numerusform>%n 次训练</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test(s)</source>
        <translation>
            <numerusform>%n 次测试</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4.</source>
        <translation>%1：%2，%3 至 %4。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>%1, from %2 to %3.</source>
        <translation>%1，从 %2 到 %3。</translation>
    </message>
</context>
<context>
    <name>SessionCharts</name>
    <message>
        <source>Reaction times (answered trials)</source>
        <translation>反应时（已作答的试次）</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>试次</translation>
    </message>
    <message>
        <source>Reaction time from (ms)</source>
        <translation>反应时起点（毫秒）</translation>
    </message>
    <message>
        <source>Mean correct reaction time by condition (accuracy in brackets)</source>
        <translation>各条件下正确反应的平均反应时（括号内为正确率）</translation>
    </message>
    <message>
        <source>Mean correct RT (ms)</source>
        <translation>正确反应平均反应时（毫秒）</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Difficulty track</source>
        <translation>难度轨迹</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Predicted P(correct)</source>
        <translation>预测正确概率</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>试次</translation>
    </message>
    <message>
        <source>Accuracy by condition</source>
        <translation>各条件的正确率</translation>
    </message>
    <message>
        <source>Correct (%)</source>
        <translation>正确率（%）</translation>
    </message>
    <message>
        <source>% correct</source>
        <translation>正确率 %</translation>
    </message>
</context>
<context>
    <name>SqliteWalCheck</name>
    <message>
        <source>The write-ahead log %1 is missing or empty, but its index lists %2 frames: changes committed since the last checkpoint are lost.</source>
        <translation>预写日志 %1 缺失或为空，但其索引记有 %2 帧：上次检查点之后提交的更改已丢失。</translation>
    </message>
    <message>
        <source>The write-ahead log %1 cannot be read.</source>
        <translation>无法读取预写日志 %1。</translation>
    </message>
    <message>
        <source>The write-ahead log %1 is damaged: its header is not that of a log.</source>
        <translation>预写日志 %1 已损坏：其文件头不是日志的文件头。</translation>
    </message>
    <message>
        <source>The write-ahead log %1 is damaged: %2 frames after frame %3 fail their checksum, so the changes in them cannot be applied.</source>
        <translation>预写日志 %1 已损坏：第 %3 帧之后有 %2 帧校验失败，其中的更改无法应用。</translation>
    </message>
    <message>
        <source>The write-ahead log %1 was cut short in the middle of a frame.</source>
        <translation>预写日志 %1 在某一帧中间被截断。</translation>
    </message>
    <message>
        <source>The write-ahead log %1 holds %2 usable frames, but its index lists %3: committed changes are missing.</source>
        <translation>预写日志 %1 只有 %2 个可用帧，但其索引记有 %3 帧：已提交的更改缺失。</translation>
    </message>
</context>
<context>
    <name>SustainedAttentionExercise</name>
    <message>
        <source>Sustained attention: SART</source>
        <translation>持续注意：SART</translation>
    </message>
    <message>
        <source>Sustained attention: CPT</source>
        <translation>持续注意：CPT</translation>
    </message>
    <message>
        <source>Press for every digit except 3: keeping attention on a routine task.</source>
        <translation>除 3 以外的每个数字都按键：在重复任务中保持注意。</translation>
    </message>
    <message>
        <source>Press for every letter except X, at an irregular pace.</source>
        <translation>除 X 以外的每个字母都按键，节奏不规则。</translation>
    </message>
    <message>
        <source>Digits from 1 to 9 appear one at a time in the middle of the screen, each followed by a circle with a cross.

Press Space as soon as you see each digit — except the digit 3. When you see 3, do not press anything.

Speed and accuracy matter equally.</source>
        <translation>屏幕中央会逐个出现 1 到 9 的数字，每个数字之后是一个带叉的圆圈。

看到数字时请尽快按空格键——数字 3 除外。看到 3 时，什么都不要按。

速度和准确性同样重要。</translation>
    </message>
    <message>
        <source>Letters appear one at a time in the middle of the screen, sometimes quickly one after another, sometimes after a longer pause.

Press Space as soon as you see each letter — except the letter X. When you see X, do not press anything.

Speed and accuracy matter equally.</source>
        <translation>屏幕中央会逐个出现字母，有时一个紧接一个，有时间隔较长。

看到字母时请尽快按空格键——字母 X 除外。看到 X 时，什么都不要按。

速度和准确性同样重要。</translation>
    </message>
    <message>
        <source>In training, the pace and how often the no-press symbol appears change to keep you at your best.</source>
        <translation>训练中，节奏和不按键符号出现的频率会随时调整，使您保持最佳状态。</translation>
    </message>
    <message>
        <source>The test takes about 5 minutes without a break.</source>
        <translation>测试约需 5 分钟，中间不休息。</translation>
    </message>
    <message>
        <source>The test takes about 15 minutes, in 6 parts with a short break after each.</source>
        <translation>测试约需 15 分钟，分 6 段，每段之后有短暂休息。</translation>
    </message>
    <message>
        <source>Space = any digit except 3 · 3 = press nothing</source>
        <translation>空格 = 除 3 以外的任何数字 · 3 = 不按键</translation>
    </message>
    <message>
        <source>Space = any letter except X · X = press nothing</source>
        <translation>空格 = 除 X 以外的任何字母 · X = 不按键</translation>
    </message>
    <message>
        <source>Presses on the no-press symbol (commissions)</source>
        <translation>对不按键符号的按键（虚报）</translation>
    </message>
    <message>
        <source>Symbols missed (omissions)</source>
        <translation>漏按的符号（漏报）</translation>
    </message>
    <message>
        <source>Commission rate</source>
        <translation>虚报率</translation>
    </message>
    <message>
        <source>Omission rate</source>
        <translation>漏报率</translation>
    </message>
    <message>
        <source>Mean reaction time</source>
        <translation>平均反应时</translation>
    </message>
    <message>
        <source>Spread of reaction times (SD)</source>
        <translation>反应时的离散程度（标准差）</translation>
    </message>
    <message>
        <source>Reaction-time variability (SD / mean)</source>
        <translation>反应时变异系数（标准差 / 均值）</translation>
    </message>
    <message>
        <source>Sensitivity d′ (signal: the no-press symbol)</source>
        <translation>敏感度 d′（信号：不按键符号）</translation>
    </message>
    <message>
        <source>Presses faster than 100 ms</source>
        <translation>快于 100 毫秒的按键</translation>
    </message>
    <message>
        <source>Slowing across the four quarters (per quarter)</source>
        <translation>四个阶段间的变慢（每阶段）</translation>
    </message>
    <message>
        <source>Change in error rate across quarters (per quarter)</source>
        <translation>各阶段错误率的变化（每阶段）</translation>
    </message>
    <message>
        <source>Slowing after a commission</source>
        <translation>虚报后的变慢</translation>
    </message>
    <message>
        <source>Speeding before a commission</source>
        <translation>虚报前的加速</translation>
    </message>
    <message>
        <source>Response bias c (above 0: leans towards pressing)</source>
        <translation>反应偏向 c（大于 0：倾向于按键）</translation>
    </message>
    <message>
        <source>Change of reaction time with the interval before a letter (per second)</source>
        <translation>反应时间随字母前间隔的变化（每秒）</translation>
    </message>
    <message>
        <source>Change of reaction time across blocks (per block)</source>
        <translation>反应时间在各组之间的变化（每组）</translation>
    </message>
    <message>
        <source>Mean reaction time after %1 s between letters</source>
        <translation>字母间隔 %1 秒之后的平均反应时间</translation>
    </message>
    <message>
        <source>Spread of reaction times (SD) in block %1</source>
        <translation>第 %1 组反应时间的离散程度（标准差）</translation>
    </message>
    <message>
        <source>go trials</source>
        <translation>按键试次</translation>
    </message>
    <message>
        <source>Go (press)</source>
        <translation>Go（按键）</translation>
    </message>
    <message>
        <source>No-go (hold back)</source>
        <translation>No-go（不按键）</translation>
    </message>
</context>
<context>
    <name>TaskSwitchingExercise</name>
    <message>
        <source>Task switching</source>
        <translation>任务切换</translation>
    </message>
    <message>
        <source>Sort shapes by colour or by shape, as the cue says: switching between rules.</source>
        <translation>按提示依颜色或形状对图形分类：在规则之间切换。</translation>
    </message>
    <message>
        <source>Some parts use one rule throughout, others mix both. The test takes about 12 minutes, with short breaks.</source>
        <translation>有些部分只用一种规则，有些部分两种混合。测试约需 12 分钟，中间有短暂休息。</translation>
    </message>
    <message>
        <source>F or J, by the rule on screen</source>
        <translation>按屏幕上的规则选 F 或 J</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正确率</translation>
    </message>
    <message>
        <source>Switch cost: extra time when the rule changes</source>
        <translation>切换代价：规则变换时多用的时间</translation>
    </message>
    <message>
        <source>Switch cost in errors (share of trials)</source>
        <translation>错误率的切换代价（试次比例）</translation>
    </message>
    <message>
        <source>Mixing cost: extra time for keeping two rules ready</source>
        <translation>混合代价：同时准备两条规则多用的时间</translation>
    </message>
    <message>
        <source>Congruency effect: extra time when the rules disagree</source>
        <translation>一致性效应：两条规则不一致时多用的时间</translation>
    </message>
    <message>
        <source>Switch cost with %1 ms to prepare</source>
        <translation>准备时间为 %1 毫秒时的切换代价</translation>
    </message>
    <message>
        <source>Leaves out each block&apos;s first trial, trials after an error, and for times errors and responses faster than 100 ms.</source>
        <translation>不计每段的第一个试次和错误之后的试次；计算时间时还不计错误试次和快于 100 毫秒的反应。</translation>
    </message>
    <message>
        <source>A word tells you the rule: COLOUR or HUE mean the colour rule, SHAPE or FORM the shape rule. Then a blue or orange circle or square appears inside the frame.

Use the rule to choose the key: F or J, as shown at the bottom of the screen during practice. The frame looks different for each rule, to help you.

Answer as quickly as you can without making mistakes.</source>
        <translation>一个词告诉你规则：“颜色”或“色彩”表示按颜色判断，“形状”或“外形”表示按形状判断。随后框内会出现一个蓝色或橙色的圆形或方形。

按规则选择按键：F 或 J，练习时屏幕底部会提示。每种规则的边框样式不同，帮助你分辨。

请在不出错的前提下尽快作答。</translation>
    </message>
    <message>
        <source>In training, the time between the cue and the shape, the time to answer and how often the two rules disagree are adjusted to keep you at your best.</source>
        <translation>训练中，提示与图形之间的时间、作答时限以及两种规则给出不同答案的频率会随时调整，让你保持最佳状态。</translation>
    </message>
    <message>
        <source>Task-switch cost: extra time when the rule changes, not just its cue</source>
        <translation>任务转换代价：规则改变（而不只是提示词改变）时多用的时间</translation>
    </message>
    <message>
        <source>Cue-switch cost: extra time when the cue changes but the rule does not</source>
        <translation>提示转换代价：提示词改变而规则不变时多用的时间</translation>
    </message>
    <message>
        <source>repeat trials</source>
        <translation>重复试次</translation>
    </message>
    <message>
        <source>switch trials</source>
        <translation>切换试次</translation>
    </message>
    <message>
        <source>Mixed block</source>
        <translation>混合组</translation>
    </message>
    <message>
        <source>Single-task block</source>
        <translation>单任务组</translation>
    </message>
    <message>
        <source>first of its block</source>
        <translation>组内第一个</translation>
    </message>
    <message>
        <source>task repeat</source>
        <translation>任务重复</translation>
    </message>
    <message>
        <source>task switch</source>
        <translation>任务切换</translation>
    </message>
    <message>
        <source>cue switch</source>
        <translation>提示切换</translation>
    </message>
    <message>
        <source>congruent</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>incongruent</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>%1, %2, %3, cue %4 ms before</source>
        <translation>%1，%2，%3，提示提前 %4 毫秒</translation>
    </message>
</context>
<context>
    <name>TaskSwitchingScene</name>
    <message>
        <source>blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>square</source>
        <translation>方形</translation>
    </message>
    <message>
        <source>COLOUR</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>HUE</source>
        <translation>色彩</translation>
    </message>
    <message>
        <source>FORM</source>
        <translation>外形</translation>
    </message>
    <message>
        <source>COLOUR or HUE: %1 = F, %2 = J     SHAPE or FORM: %3 = F, %4 = J</source>
        <translation>颜色或色彩：%1 = F，%2 = J     形状或外形：%3 = F，%4 = J</translation>
    </message>
</context>
<context>
    <name>TimingCheckExercise</name>
    <message>
        <source>Timing check</source>
        <translation>计时检查</translation>
    </message>
    <message>
        <source>Measures how precisely this computer shows stimuli and records key presses.</source>
        <translation>测量这台电脑呈现刺激和记录按键的精确程度。</translation>
    </message>
    <message>
        <source>Timing check

A white circle appears in the middle of the screen after a random wait of one to three seconds. Press Space as soon as you see it.

At the end you see how precisely this computer timed the screen and the keyboard.</source>
        <translation>计时检查

屏幕中央会在随机等待一到三秒后出现一个白色圆形。看到它后请立即按空格键。

结束时会显示这台电脑对屏幕和键盘计时的精确程度。</translation>
    </message>
    <message>
        <source>Space = the circle appeared</source>
        <translation>空格键 = 圆形出现了</translation>
    </message>
    <message>
        <source>Mean reaction time</source>
        <translation>平均反应时</translation>
    </message>
    <message>
        <source>Median reaction time</source>
        <translation>反应时中位数</translation>
    </message>
    <message>
        <source>Spread of reaction times (SD)</source>
        <translation>反应时离散程度（标准差）</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>反应次数</translation>
    </message>
    <message>
        <source>Targets missed</source>
        <translation>漏掉的目标</translation>
    </message>
    <message>
        <source>Responses faster than 100 ms</source>
        <translation>快于 100 毫秒的反应</translation>
    </message>
</context>
<context>
    <name>TodayPresenter</name>
    <message>
        <source>The programme &quot;%1&quot; assigned to this participant is not part of this version of Attend; choose another one.</source>
        <translation>为该参与者指定的训练计划“%1”不在此版本的 Attend 中；请另选一个。</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 training days done</source>
        <translation>%1 — 已完成 %2 / %3 个训练日</translation>
    </message>
    <message>
        <source>Days in a row: %1. Training days this week: %2 of %3.</source>
        <translation>连续天数：%1。本周训练日：%2 / %3。</translation>
    </message>
    <message numerus="yes">
        <source>Your last programme session was %n day(s) ago. The programme goes on where it stopped.</source>
        <translation>
            <numerusform>您上一次训练计划练习是在 %n 天前。训练计划将从中断处继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done for today. The next part of the programme is on another day.</source>
        <translation>今天的任务已完成。训练计划的下一部分在之后的某一天进行。</translation>
    </message>
    <message>
        <source>Today: the baseline assessment, one session of each exercise.</source>
        <translation>今天：基线评估，每个练习做一次。</translation>
    </message>
    <message>
        <source>Today: the mid-point assessment, with the same protocol as the baseline.</source>
        <translation>今天：中期评估，流程与基线评估相同。</translation>
    </message>
    <message>
        <source>Today: the final assessment, with the same protocol as the baseline.</source>
        <translation>今天：结束评估，流程与基线评估相同。</translation>
    </message>
    <message numerus="yes">
        <source>Today: training day %1, about %n minute(s) still to do.</source>
        <translation>
            <numerusform>今天：第 %1 个训练日，还需约 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: assessment</source>
        <translation>%1：评估</translation>
    </message>
    <message numerus="yes">
        <source>%1: training, %n minute(s)</source>
        <translation>
            <numerusform>%1：训练，%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ %1 (done)</source>
        <translation>✓ %1（已完成）</translation>
    </message>
    <message>
        <source>The programme is complete. From the baseline to the final assessment:</source>
        <translation>训练计划已完成。从基线评估到结束评估：</translation>
    </message>
    <message numerus="yes">
        <source> About %n minute(s) still to do.</source>
        <translation>
            <numerusform>还需约 %n 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: assessment, about %n minute(s)</source>
        <translation>
            <numerusform>%1：评估，约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>no two full tests with a result, so no statement of change.</source>
        <translation>没有两次都有结果的完整测试，因此无法说明变化。</translation>
    </message>
</context>
<context>
    <name>TrialImport</name>
    <message>
        <source>There is no file %1.</source>
        <translation>没有文件 %1。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at byte %3).</source>
        <translation>%1 不是 JSON 对象（第 %3 字节处：%2）。</translation>
    </message>
    <message>
        <source>%1 is not Attend&apos;s trials.csv; give a mapping file (--mapping, docs/import.md).</source>
        <translation>%1 不是 Attend 的 trials.csv；请提供映射文件（--mapping，见 docs/import.md）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exercise whose trials can be imported.</source>
        <translation>“%1”不是可以导入试次的练习。</translation>
    </message>
    <message>
        <source>A mapping needs the exercise its trials belong to (--exercise).</source>
        <translation>使用映射时需要指定试次所属的练习（--exercise）。</translation>
    </message>
    <message>
        <source>%1 holds no trials of %2.</source>
        <translation>%1 中没有 %2 的试次。</translation>
    </message>
    <message>
        <source>%1 was imported into %2 before (session %3); nothing was stored.</source>
        <translation>%1 之前已导入 %2（训练阶段 %3）；未保存任何内容。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>导入已取消；未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>VisualSearchExercise</name>
    <message>
        <source>Visual search</source>
        <translation>视觉搜索</translation>
    </message>
    <message>
        <source>Find out, as fast as you can, whether the target is among the items.</source>
        <translation>尽快判断目标是否在这些物体之中。</translation>
    </message>
    <message>
        <source>Bars appear on the screen. The target is the one bar that is tilted; all the others stand upright.

Press F if the tilted bar is there, J if it is not. Answer as quickly as you can without making mistakes.

In training, the number of bars, how much the target is tilted and how long the bars stay on the screen change to keep you at your best.</source>
        <translation>屏幕上会出现一些线条。目标是唯一倾斜的那条线，其余的都是竖直的。

如果有倾斜的线条，请按 F；如果没有，请按 J。请在不出错的前提下尽快作答。

训练中，线条的数量、目标倾斜的程度以及线条在屏幕上停留的时间会随时调整，使您保持最佳状态。</translation>
    </message>
    <message>
        <source>Bars appear on the screen after a small cross. The target is the orange upright bar. Sometimes it is there, sometimes not.

Press F if the target is there, J if it is not. Answer as quickly as you can without making mistakes; after 5 seconds the next display comes anyway.

There are two parts of about four minutes, with a break between them.</source>
        <translation>一个小十字之后，屏幕上会出现一些线条。目标是橙色的竖直线条，有时出现，有时不出现。

如果目标在，请按 F；如果不在，请按 J。请在不出错的前提下尽快作答；5 秒后无论是否作答都会进入下一屏。

测试分两部分，每部分约四分钟，中间有休息。</translation>
    </message>
    <message>
        <source>F = target present · J = target absent</source>
        <translation>F = 有目标 · J = 无目标</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正确率</translation>
    </message>
    <message>
        <source>Targets missed (share of target-present displays)</source>
        <translation>漏掉的目标（占有目标画面的比例）</translation>
    </message>
    <message>
        <source>False alarms (share of target-absent displays)</source>
        <translation>虚报（占无目标画面的比例）</translation>
    </message>
    <message>
        <source>Displays left unanswered</source>
        <translation>未作答的画面</translation>
    </message>
    <message>
        <source>Feature search</source>
        <translation>特征搜索</translation>
    </message>
    <message>
        <source>Conjunction search</source>
        <translation>联合搜索</translation>
    </message>
    <message>
        <source>T-among-L search</source>
        <translation>L 中找 T 搜索</translation>
    </message>
    <message>
        <source>Tilted-bar search</source>
        <translation>倾斜线条搜索</translation>
    </message>
    <message>
        <source>%1: search slope, %2</source>
        <translation>%1：搜索斜率，%2</translation>
    </message>
    <message>
        <source>%1: intercept, %2</source>
        <translation>%1：截距，%2</translation>
    </message>
    <message>
        <source>%1: fit of the line (R²), %2</source>
        <translation>%1：直线拟合度（R²），%2</translation>
    </message>
    <message>
        <source>target present</source>
        <translation>有目标</translation>
    </message>
    <message>
        <source>target absent</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>%1: absent : present slope ratio</source>
        <translation>%1：无目标与有目标斜率之比</translation>
    </message>
    <message>
        <source>%1: mean correct reaction time, %2 items, target present</source>
        <translation>%1：正确反应的平均反应时，%2 个物体，有目标</translation>
    </message>
    <message>
        <source>Speed and accuracy together: mean correct time / accuracy</source>
        <translation>速度与正确率综合：平均正确反应时间 / 正确率</translation>
    </message>
    <message>
        <source>Errors added per item (share of answers)</source>
        <translation>每增加一个项目增加的错误（占回答的比例）</translation>
    </message>
    <message>
        <source>Accuracy with %1 items</source>
        <translation>%1 个项目时的正确率</translation>
    </message>
    <message>
        <source>T among L</source>
        <translation>L 中找 T</translation>
    </message>
    <message>
        <source>Tilted bar</source>
        <translation>倾斜线段</translation>
    </message>
    <message>
        <source>%1, %2, %3 items</source>
        <translation>%1，%2，%3 个项目</translation>
    </message>
</context>
<context>
    <name>attend::BreakPage</name>
    <message>
        <source>&amp;Go on</source>
        <translation>继续(&amp;G)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Well done. Time for a short break.&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;做得好。请稍作休息。&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Stop for &amp;today</source>
        <translation>今天到此为止(&amp;T)</translation>
    </message>
    <message>
        <source>Escape. What is done today stays done; the rest waits on the Today page.</source>
        <translation>Esc 键。今天已完成的部分保持完成；其余部分留在“今天”页上。</translation>
    </message>
    <message>
        <source>Rest your eyes for a minute. Press Space or Enter when you are ready.</source>
        <translation>让眼睛休息一分钟。准备好后按空格键或回车键。</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一项：%1</translation>
    </message>
</context>
<context>
    <name>attend::ClinicianLockDialog</name>
    <message>
        <source>Clinician lock</source>
        <translation>临床人员锁</translation>
    </message>
    <message>
        <source>A passphrase guards participant management, exports and reports on this computer. It is stored only as an Argon2id hash. Leave the new passphrase empty to remove the lock.</source>
        <translation>口令保护本计算机上的参与者管理、导出和报告。口令只以 Argon2id 散列值保存。将新口令留空即可取消锁定。</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>当前口令(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新口令(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再输入一次(&amp;R)：</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>两次输入的新口令不一致。</translation>
    </message>
    <message>
        <source>This needs the clinician passphrase:</source>
        <translation>此操作需要临床人员口令：</translation>
    </message>
</context>
<context>
    <name>attend::DailyReminder</name>
    <message>
        <source>Attend</source>
        <translation>Attend</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Attention training: the daily reminder of a programme</source>
        <translation>注意力训练：训练计划的每日提醒</translation>
    </message>
</context>
<context>
    <name>attend::DistributionMeasures</name>
    <message>
        <source>Ex-Gaussian μ (the normal part&apos;s mean), %1</source>
        <translation>ex-Gaussian μ（正态部分的均值），%1</translation>
    </message>
    <message>
        <source>Ex-Gaussian σ (the normal part&apos;s spread), %1</source>
        <translation>ex-Gaussian σ（正态部分的离散程度），%1</translation>
    </message>
    <message>
        <source>Ex-Gaussian τ (the slow tail), %1</source>
        <translation>ex-Gaussian τ（慢速拖尾），%1</translation>
    </message>
    <message>
        <source>EZ drift rate v, %1</source>
        <translation>EZ 漂移率 v，%1</translation>
    </message>
    <message>
        <source>EZ boundary separation a, %1</source>
        <translation>EZ 边界间距 a，%1</translation>
    </message>
    <message>
        <source>EZ non-decision time Ter, %1</source>
        <translation>EZ 非决策时间 Ter，%1</translation>
    </message>
</context>
<context>
    <name>attend::ExportDialog</name>
    <message>
        <source>Only sessions &amp;from</source>
        <translation>仅导出此日期之后的训练阶段(&amp;F)</translation>
    </message>
    <message>
        <source>Include display &amp;names (they identify people)</source>
        <translation>包含显示名称(&amp;N)（可识别个人身份）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>参与者(&amp;P)：</translation>
    </message>
    <message>
        <source>E&amp;xercises:</source>
        <translation>练习(&amp;X)：</translation>
    </message>
    <message>
        <source>F&amp;ormats:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>目标文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Choose at least one participant, one exercise, one format and a destination folder.</source>
        <translation>请至少选择一位参与者、一个练习、一种格式和一个目标文件夹。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Exported to:
%1</source>
        <translation>已导出到：
%1</translation>
    </message>
    <message>
        <source>An earlier export is in the way; this one would replace it whole:
%1

Replace it?</source>
        <translation>有一次较早的导出挡在这里；本次导出会将其整体替换：
%1

要替换吗？</translation>
    </message>
</context>
<context>
    <name>attend::HomePage</name>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>提前结束</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>被中断</translation>
    </message>
    <message>
        <source>&amp;Switch participant</source>
        <translation>切换参与者(&amp;S)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 — %2&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1 — %2&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>No exercises are installed in this version of Attend.</source>
        <translation>此版本的 Attend 尚未安装任何练习。</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Last session: %1 on %2, %3. Trials recorded: %4.</source>
        <translation>上次：%2 的%1，%3。已记录试次：%4。</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Pro&amp;gress…</source>
        <translation>进展(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Start today&apos;s plan</source>
        <translation>开始今天的计划(&amp;S)</translation>
    </message>
    <message>
        <source>Runs today&apos;s sessions in order, with a break between them (Ctrl+Enter).</source>
        <translation>按顺序进行今天的各项练习，中间有休息（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;All exercises&lt;/b&gt; (a free choice, outside the programme)</source>
        <translation>&lt;b&gt;全部练习&lt;/b&gt;（自由选择，不计入训练计划）</translation>
    </message>
    <message>
        <source>&amp;Programme…</source>
        <translation>训练计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose a &amp;programme…</source>
        <translation>选择训练计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>No programme yet. A programme plans each day: which exercises, for how long, and when to assess.</source>
        <translation>尚未选择训练计划。训练计划安排每一天：做哪些练习、做多久、何时评估。</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详细信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Notes, birth year, handedness and vision (for the clinician)</source>
        <translation>备注、出生年份、利手和视力矫正（供临床人员使用）</translation>
    </message>
    <message>
        <source>Last session: could not be read.</source>
        <translation>上次：无法读取。</translation>
    </message>
</context>
<context>
    <name>attend::ImportDialog</name>
    <message>
        <source>Import trials</source>
        <translation>导入试次</translation>
    </message>
    <message>
        <source>Attend&apos;s own trials.csv (any exercise)</source>
        <translation>Attend 自己的 trials.csv（任意练习）</translation>
    </message>
    <message>
        <source>needed for files from other tools (docs/import.md)</source>
        <translation>导入其他工具的文件时需要（见 docs/import.md）</translation>
    </message>
    <message>
        <source>optional: store every row under this code</source>
        <translation>可选：将所有行保存到此编号下</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>训练阶段</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>试次</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>RT (ms)</source>
        <translation>反应时（毫秒）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>映射文件</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>映射 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation>练习(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>映射(&amp;M)：</translation>
    </message>
    <message>
        <source>P&amp;articipant:</source>
        <translation>参与者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>发现的问题：</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>此文件中没有可以导入的内容。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 rows (%2 left out by the mapping) make %3 sessions and %4 trials; %5 problems. The first %6 trials as they would be stored:</source>
        <translation>%1 行（映射略去 %2 行）构成 %3 个训练阶段、%4 个试次；%5 个问题。以下是将要保存的前 %6 个试次：</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Computing the measures of the imported sessions…</source>
        <translation>正在计算导入的训练阶段的测量指标…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>attend::MainWindow</name>
    <message>
        <source>Attend</source>
        <translation>Attend</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>参与者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Archive or restore…</source>
        <translation>归档或恢复(&amp;A)…</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>显示已归档(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Switch participant</source>
        <translation>切换参与者(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Attend</source>
        <translation>关于 Attend(&amp;A)</translation>
    </message>
    <message>
        <source>Attend — %1</source>
        <translation>Attend — %1</translation>
    </message>
    <message>
        <source>%1, %2, started %3 (%4 trials saved)</source>
        <translation>%1，%2，开始于 %3（已保存 %4 个试次）</translation>
    </message>
    <message>
        <source>Attend stopped during these sessions last time. Every trial saved before the stop is kept.
%1</source>
        <translation>上次 Attend 在以下训练阶段中途停止。停止前保存的每个试次都已保留。
%1</translation>
    </message>
    <message>
        <source>About Attend</source>
        <translation>关于 Attend</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attend %1&lt;/h3&gt;&lt;p&gt;Attention training and assessment.&lt;/p&gt;&lt;p&gt;Build %2, Qt %3.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attend %1&lt;/h3&gt;&lt;p&gt;注意力训练与评估。&lt;/p&gt;&lt;p&gt;构建 %2，Qt %3。&lt;/p&gt;&lt;p&gt;自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>查看(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Timing check…</source>
        <translation>计时检查(&amp;T)…</translation>
    </message>
    <message>
        <source>The exercise &quot;%1&quot; is not installed.</source>
        <translation>未安装练习“%1”。</translation>
    </message>
    <message>
        <source>A session is already running.</source>
        <translation>已有一个训练阶段正在进行。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Unfinished session</source>
        <translation>未完成的训练阶段</translation>
    </message>
    <message>
        <source>The %1 session of %2, started %3, stopped before it ended. %4 trials were saved.

Resume it from the start of its unfinished block, or close it as interrupted?</source>
        <translation>%2 的%1训练阶段（开始于 %3）在结束前停止了，已保存 %4 个试次。

要从未完成的组的开头继续，还是将其标记为中断并关闭？</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close as interrupted</source>
        <translation>标记为中断并关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>进展(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Clinician &amp;lock…</source>
        <translation>临床人员锁(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Imported: %1 session(s), %2 trials, %3 new participant(s).</source>
        <translation>已导入：%1 个训练阶段，%2 个试次，新增 %3 位参与者。</translation>
    </message>
    <message>
        <source>An Attend session is running</source>
        <translation>Attend 练习正在进行</translation>
    </message>
    <message>
        <source>%1, assessment</source>
        <translation>%1，评估</translation>
    </message>
    <message numerus="yes">
        <source>%1, training for %n minute(s)</source>
        <translation>
            <numerusform>%1，训练 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s programme is waiting: %1.</source>
        <translation>今天的训练计划还未完成：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%1, assessment of about %n minute(s)</source>
        <translation>
            <numerusform>%1，评估约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Clinician only</source>
        <translation>仅限临床医生</translation>
    </message>
    <message>
        <source>This needs the clinician role on the server of %1; this log-in has a workstation&apos;s rights. Sign in as a clinician to do it.</source>
        <translation>此操作需要 %1 所在服务器上的临床医生角色；当前登录只有工作站权限。请以临床医生身份登录后再操作。</translation>
    </message>
</context>
<context>
    <name>attend::Measure</name>
    <message>
        <source>Level reached (0 easiest, 1 hardest)</source>
        <translation>达到的等级（0 最容易，1 最难）</translation>
    </message>
    <message>
        <source>Accuracy at the level reached</source>
        <translation>在所达等级上的正确率</translation>
    </message>
</context>
<context>
    <name>attend::ParticipantDetailsDialog</name>
    <message>
        <source>Details of %1</source>
        <translation>%1 的详细信息</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右利手</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左利手</translation>
    </message>
    <message>
        <source>ambidextrous</source>
        <translation>双利手</translation>
    </message>
    <message>
        <source>no correction</source>
        <translation>无矫正</translation>
    </message>
    <message>
        <source>glasses</source>
        <translation>眼镜</translation>
    </message>
    <message>
        <source>contact lenses</source>
        <translation>隐形眼镜</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>出生年份(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Handedness:</source>
        <translation>利手(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Vision:</source>
        <translation>视力矫正(&amp;V)：</translation>
    </message>
    <message>
        <source>Record only what you need. These details stay on this computer and are exported only together with display names.</source>
        <translation>只记录需要的信息。这些信息保存在本机，只有在导出显示名称时才会一并导出。</translation>
    </message>
</context>
<context>
    <name>attend::ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>新建参与者</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>重命名参与者</translation>
    </message>
    <message>
        <source>e.g. P001</source>
        <translation>例如 P001</translation>
    </message>
    <message>
        <source>optional, stays on this computer</source>
        <translation>可选，仅保存在本机</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>显示名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The code is the participant&apos;s pseudonym in every export. Use letters and digits only; do not use real names.</source>
        <translation>编号是参与者在所有导出文件中的化名。只能使用字母和数字，请勿使用真实姓名。</translation>
    </message>
</context>
<context>
    <name>attend::ParticipantListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted</source>
        <translation>
            <numerusform>%n 次中断</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with dropped frames</source>
        <translation>
            <numerusform>%n 次丢帧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a result</source>
        <translation>
            <numerusform>%n 次无结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>训练计划</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>上次练习</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>需要查看</translation>
    </message>
    <message>
        <source>(a programme this version lacks)</source>
        <translation>（此版本没有的训练计划）</translation>
    </message>
    <message>
        <source>%1: complete</source>
        <translation>%1：已完成</translation>
    </message>
    <message>
        <source>%1: %2 of %3 days</source>
        <translation>%1：%2 / %3 天</translation>
    </message>
</context>
<context>
    <name>attend::ParticipantPage</name>
    <message>
        <source>Show &amp;archived</source>
        <translation>显示已归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>归档(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Find by code or name</source>
        <translation>按编号或名称查找</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Choose a participant&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;选择参与者&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Archive participant</source>
        <translation>归档参与者</translation>
    </message>
    <message>
        <source>Archive participant %1?

All of their sessions and trials are kept. Archived participants are hidden from this list; tick &quot;Show archived&quot; to see or restore them.</source>
        <translation>要归档参与者 %1 吗？

其所有训练阶段和试次都会保留。已归档的参与者不会显示在此列表中；勾选“显示已归档”即可查看或恢复。</translation>
    </message>
    <message>
        <source>Participant %1 is archived. Restore them before starting a session.</source>
        <translation>参与者 %1 已归档。请先恢复，再开始训练。</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>恢复(&amp;O)</translation>
    </message>
    <message>
        <source>Attend</source>
        <translation>Attend</translation>
    </message>
    <message>
        <source>No participants yet. Create the first one with New… (Ctrl+N).</source>
        <translation>还没有参与者。请用“新建…”（Ctrl+N）创建第一位参与者。</translation>
    </message>
</context>
<context>
    <name>attend::ProgrammeDialog</name>
    <message>
        <source>Training programme</source>
        <translation>训练计划</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>训练计划(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Minutes per day:</source>
        <translation>每天分钟数(&amp;M)：</translation>
    </message>
    <message>
        <source>This version of Attend has no programme for its exercises.</source>
        <translation>此版本的 Attend 没有适用于其练习的训练计划。</translation>
    </message>
    <message>
        <source>Choose at least one exercise.</source>
        <translation>请至少选择一个练习。</translation>
    </message>
</context>
<context>
    <name>attend::ProgressModel</name>
    <message>
        <source>not enough trials</source>
        <translation>试次不足</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>训练阶段</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>95 % interval from</source>
        <translation>95% 区间下限</translation>
    </message>
    <message>
        <source>to</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>达到的等级</translation>
    </message>
    <message>
        <source>not measured by the version that recorded this session</source>
        <translation>记录此次训练的版本未测量此项</translation>
    </message>
    <message>
        <source>no complete session yet</source>
        <translation>还没有完整的训练阶段</translation>
    </message>
    <message>
        <source>needs three sessions of the same mode with a result</source>
        <translation>需要三次同一模式且有结果的训练阶段</translation>
    </message>
    <message>
        <source>the trend is too uncertain (its 95 % interval holds every possible value)</source>
        <translation>趋势太不确定（其 95 % 区间包含所有可能的值）</translation>
    </message>
</context>
<context>
    <name>attend::ProgressPage</name>
    <message>
        <source>&amp;Exercise:</source>
        <translation>练习(&amp;E)：</translation>
    </message>
    <message>
        <source>Result per session</source>
        <translation>每次的结果</translation>
    </message>
    <message>
        <source>Training level</source>
        <translation>训练等级</translation>
    </message>
    <message>
        <source>Save &amp;chart…</source>
        <translation>保存图表(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the chosen chart as PNG or SVG (%1)</source>
        <translation>将所选图表保存为 PNG 或 SVG（%1）</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>%1 的进展</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Is the folder writable and is there space on the disk?</source>
        <translation>无法将图表写入 %1。该文件夹是否可写？磁盘空间是否足够？</translation>
    </message>
    <message>
        <source>Session &amp;details…</source>
        <translation>训练阶段详情(&amp;D)…</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>训练阶段详情</translation>
    </message>
    <message>
        <source>%1 has no completed session yet.</source>
        <translation>%1 还没有完成的训练阶段。</translation>
    </message>
</context>
<context>
    <name>attend::RunWindow</name>
    <message>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Not correct</source>
        <translation>不正确</translation>
    </message>
    <message>
        <source>Paused.

Press Space to continue, or Q to stop this session. Every trial so far is kept.</source>
        <translation>已暂停。

按空格键继续，或按 Q 键结束本次训练。已完成的每个试次都会保留。</translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation>按键：%1</translation>
    </message>
    <message>
        <source>Press Space to start.</source>
        <translation>按空格键开始。</translation>
    </message>
    <message>
        <source>Block %1 of %2 is done. Take a short break.

Press Space when you are ready.</source>
        <translation>第 %1 组（共 %2 组）已完成。请稍作休息。

准备好后按空格键。</translation>
    </message>
    <message>
        <source>Press Space to close.</source>
        <translation>按空格键关闭。</translation>
    </message>
    <message>
        <source>The last trial could not be saved:
%1

Press Space to try again, or Q to stop the session.</source>
        <translation>上一个试次无法保存：
%1

按空格键重试，或按 Q 键结束本次训练。</translation>
    </message>
    <message>
        <source>Frame interval %1 ms (SD %2 ms) at a paced %3 Hz; %4 late changes, %5 frames dropped.</source>
        <translation>帧间隔 %1 毫秒（标准差 %2 毫秒），按 %3 Hz 节拍；%4 次画面变化延迟，丢帧 %5 帧。</translation>
    </message>
    <message>
        <source>Done. Thank you!</source>
        <translation>完成，谢谢！</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not enough trials</source>
        <translation>试次不足</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Some displays came late because the computer was busy, so the times of this session are less exact.</source>
        <translation>电脑繁忙，部分画面显示延迟，因此本次训练的时间数据不够精确。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Press Space to continue.</source>
        <translation>按空格键继续。</translation>
    </message>
    <message>
        <source>The practice is over. You will still see after each answer whether it was right.</source>
        <translation>练习结束。之后每次作答后仍会提示是否正确。</translation>
    </message>
    <message>
        <source>The practice is over. From now on you will be told only when an answer was wrong.</source>
        <translation>练习结束。之后只在答错时给出提示。</translation>
    </message>
    <message>
        <source>The practice is over. From now on there is no feedback.</source>
        <translation>练习结束。之后不再给出反馈。</translation>
    </message>
    <message>
        <source>    Last assessment: %1.</source>
        <translation>    上次评估：%1。</translation>
    </message>
    <message>
        <source>About the same level as last time.</source>
        <translation>与上次的等级大致相同。</translation>
    </message>
    <message>
        <source>A harder level than last time.</source>
        <translation>比上次的等级更高（更难）。</translation>
    </message>
    <message>
        <source>An easier level than last time: levels go up and down from day to day.</source>
        <translation>比上次的等级低一些：等级每天都会有起伏。</translation>
    </message>
    <message>
        <source>Working out the results…</source>
        <translation>正在计算结果…</translation>
    </message>
    <message>
        <source>Your best so far: %1.</source>
        <translation>目前最好：%1。</translation>
    </message>
    <message>
        <source>Your hardest level so far.</source>
        <translation>这是您目前达到的最难等级。</translation>
    </message>
    <message>
        <source>    Last time: %1. %2 %3</source>
        <translation>    上次：%1。%2%3</translation>
    </message>
    <message>
        <source>Too slow</source>
        <translation>太慢了</translation>
    </message>
    <message>
        <source>This session goes on with its practice.</source>
        <translation>本次练习从练习部分继续。</translation>
    </message>
    <message>
        <source>This session goes on from block %1 of %2; the answers before it are kept.</source>
        <translation>本次练习从第 %1 组（共 %2 组）继续；之前的作答都已保留。</translation>
    </message>
    <message>
        <source> A reminder of the task:</source>
        <translation>任务提示：</translation>
    </message>
    <message>
        <source>%1 of %2 practice answers were right. Let us practise once more: with at least %3 right you go on.</source>
        <translation>练习中答对 %1 / %2 题。我们再练习一次：答对至少 %3 题即可继续。</translation>
    </message>
    <message>
        <source>The server is out of reach: your trials are kept on this computer and sent later.</source>
        <translation>暂时无法连接服务器：你的试次先保存在本机，稍后发送。</translation>
    </message>
</context>
<context>
    <name>attend::SessionDetailDialog</name>
    <message>
        <source>Session details</source>
        <translation>训练阶段详情</translation>
    </message>
    <message>
        <source>Session %1 — %2, %3</source>
        <translation>第 %1 次 — %2，%3</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>训练阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reaction times</source>
        <translation>反应时(&amp;R)</translation>
    </message>
    <message>
        <source>By &amp;condition</source>
        <translation>按条件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Difficulty track</source>
        <translation>难度轨迹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>测量指标(&amp;M)</translation>
    </message>
    <message>
        <source>, imported from %1</source>
        <translation>，导入自 %1</translation>
    </message>
    <message>
        <source>Show the &amp;notes…</source>
        <translation>显示备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve notes</source>
        <translation>保存备注(&amp;V)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>attend::SessionDetailModel</name>
    <message>
        <source>correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>试次</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Predicted P(correct)</source>
        <translation>预测正确概率</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reaction time (ms)</source>
        <translation>反应时（毫秒）</translation>
    </message>
    <message>
        <source>Imported from %1: the other tool&apos;s reaction times, no onsets.</source>
        <translation>从 %1 导入：反应时来自另一工具，没有刺激呈现时刻。</translation>
    </message>
    <message>
        <source>Simulated: no screen, no timing.</source>
        <translation>模拟数据：没有屏幕，没有计时。</translation>
    </message>
    <message>
        <source>Frame timing not recorded (the session did not reach its end).</source>
        <translation>未记录帧计时（本次练习没有进行到结束）。</translation>
    </message>
    <message>
        <source>Shown by %1; frame interval %2 ms (SD %3 ms), %4 frames dropped, %5 trials with a late frame.</source>
        <translation>呈现方式 %1；帧间隔 %2 毫秒（标准差 %3 毫秒），丢帧 %4 个，%5 个试次有延迟帧。</translation>
    </message>
</context>
<context>
    <name>attend::SessionMeasuresModel</name>
    <message>
        <source>no value</source>
        <translation>无数值</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Trials used</source>
        <translation>使用的试次</translation>
    </message>
    <message>
        <source>Trials excluded</source>
        <translation>排除的试次</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1（%2）。</translation>
    </message>
</context>
<context>
    <name>attend::SettingsDialog</name>
    <message>
        <source>Run exercises &amp;full screen</source>
        <translation>全屏运行练习(&amp;F)</translation>
    </message>
    <message>
        <source>Show the &amp;photodiode marker (top-left square)</source>
        <translation>显示光电二极管标记（左上角方块）(&amp;P)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Attend databases (*.sqlite);;All files (*)</source>
        <translation>Attend 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Brief feedback after each trial in &amp;training</source>
        <translation>训练中每次试验后给出简短反馈(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remind me of today&apos;s programme at</source>
        <translation>在此时间提醒我今天的训练计划(&amp;R)：</translation>
    </message>
    <message>
        <source>Start Attend when I &amp;log in (for the reminder)</source>
        <translation>登录时启动 Attend（用于提醒）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Changes to the language and the database take effect the next time Attend starts. Leave the database empty to use the standard file; a clinic&apos;s server is written as postgresql://user@server/database (docs/clinic.md).</source>
        <translation>语言和数据库的更改将在下次启动 Attend 时生效。数据库留空则使用标准文件；诊所服务器写作 postgresql://用户@服务器/数据库（见 docs/clinic.md）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Attend</source>
        <translation>Attend</translation>
    </message>
    <message>
        <source>Attend cannot use its database.

%1</source>
        <translation>Attend 无法使用其数据库。

%1</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Attend databases (*.sqlite);;All files (*)</source>
        <translation>Attend 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Sent to the server: %1 trials kept on this computer while it was out of reach (sessions: %2).</source>
        <translation>已发送到服务器：服务器无法连接期间保存在本机的 %1 个试次（会话数：%2）。</translation>
    </message>
</context>
</TS>
