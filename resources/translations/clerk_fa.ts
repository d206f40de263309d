<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../clerk_app/ui/common/a11y.py" line="60" />
            <source>Clear</source>
            <translation>پاک کردن</translation>
        </message>
    </context>
    <context>
        <name>ActivityPage</name>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="67" />
            <source>Activity</source>
            <translation>فعالیت‌ها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="71" />
            <location filename="../../clerk_app/ui/activity/page.py" line="232" />
            <source>Work offline</source>
            <translation>کار آفلاین</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="73" />
            <source>Stop using the network until you choose to sync again (everything you do is kept on this computer)</source>
            <translation>تا وقتی خودتان دوباره همگام‌سازی نکنید، از شبکه استفاده نمی‌شود (هر کاری انجام دهید روی همین رایانه نگه داشته می‌شود)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="76" />
            <source>Sync now</source>
            <translation>همگام‌سازی فوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="77" />
            <location filename="../../clerk_app/ui/activity/page.py" line="235" />
            <source>Send what waits and fetch what is new, right away</source>
            <translation>ارسال موارد منتظر و دریافت موارد جدید، همین حالا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="96" />
            <location filename="../../clerk_app/ui/activity/page.py" line="101" />
            <source>Waiting to sync</source>
            <translation>در انتظار همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="97" />
            <source>Done at this counter and saved here; sent to the store server as soon as it can be reached.</source>
            <translation>در همین پیشخوان انجام و همین‌جا ذخیره شده است؛ به‌محض دسترسی به سرور فروشگاه ارسال می‌شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="114" />
            <source>Nothing is waiting: everything done here has reached the store server.</source>
            <translation>چیزی در انتظار نیست: همهٔ کارهای انجام‌شده در اینجا به سرور فروشگاه رسیده است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="123" />
            <source>Conflicts</source>
            <translation>تعارض‌ها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="124" />
            <source>Actions the store server could not apply, and what it says now. Decide for each: open the record, try again, or dismiss it.</source>
            <translation>اقداماتی که سرور فروشگاه نتوانست اعمال کند و آنچه سرور اکنون نشان می‌دهد. برای هر کدام تصمیم بگیرید: باز کردن مورد، تلاش دوباره یا نادیده گرفتن.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="136" />
            <source>No conflicts.</source>
            <translation>تعارضی وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="143" />
            <location filename="../../clerk_app/ui/activity/page.py" line="147" />
            <source>Sync log</source>
            <translation>گزارش همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="144" />
            <source>What the sync did since Clerk started, newest first.</source>
            <translation>کارهای همگام‌سازی از زمان اجرای کلرک، جدیدترین در بالا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="175" />
            <source>The oldest %1 of %2 are shown.</source>
            <translation>قدیمی‌ترین %1 مورد از %2 مورد نمایش داده می‌شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="204" />
            <source>Connected to the store server.</source>
            <translation>به سرور فروشگاه متصل است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="205" />
            <source>The store server cannot be reached; Clerk keeps trying.</source>
            <translation>دسترسی به سرور فروشگاه ممکن نیست؛ کلرک همچنان تلاش می‌کند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="206" />
            <source>Working offline: nothing is sent until you sync again.</source>
            <translation>کار آفلاین: تا همگام‌سازی بعدی چیزی ارسال نمی‌شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="207" />
            <source>The store server no longer accepts this computer.</source>
            <translation>سرور فروشگاه دیگر این رایانه را نمی‌پذیرد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="208" />
            <source>The store server answers with errors; Clerk keeps trying.</source>
            <translation>سرور فروشگاه با خطا پاسخ می‌دهد؛ کلرک همچنان تلاش می‌کند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="209" />
            <source>The store server needs a newer Clerk: nothing is sent until Clerk is updated on this computer.</source>
            <translation>سرور فروشگاه به نسخهٔ تازه‌تری از کلرک نیاز دارد: تا کلرک روی این رایانه به‌روز نشود، چیزی فرستاده نمی‌شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="216" />
            <source>last synced %1</source>
            <translation>آخرین همگام‌سازی %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="217" />
            <source>not synced yet</source>
            <translation>هنوز همگام‌سازی نشده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="227" />
            <source>Sync requested.</source>
            <translation>درخواست همگام‌سازی ثبت شد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="232" />
            <source>Go back online</source>
            <translation>بازگشت به حالت آنلاین</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="234" />
            <source>Go back online first</source>
            <translation>ابتدا به حالت آنلاین برگردید</translation>
        </message>
    </context>
    <context>
        <name>AddToCartDialog</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="238" />
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="239" />
            <source>Add to the customer's online cart</source>
            <translation>افزودن به سبد خرید آنلاین مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="240" />
            <source>Add to cart</source>
            <translation>افزودن به سبد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="241" />
            <source>The customer sees it in their cart on the web and in the app, and buys it later.</source>
            <translation>مشتری آن را در سبد خود در وب و اپلیکیشن می‌بیند و بعداً می‌خرد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="247" />
            <source>Offline: the line is added here now and reaches the customer's cart when the connection is back.</source>
            <translation>آفلاین: کالا همین حالا اینجا اضافه می‌شود و وقتی اتصال برقرار شود به سبد مشتری می‌رسد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="258" />
            <source>Added to the customer's online cart.</source>
            <translation>به سبد خرید آنلاین مشتری اضافه شد.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="78" />
            <source>Manager approval</source>
            <translation>تأیید مدیر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="82" />
            <source>A manager must approve: %1 for order %2</source>
            <translation>نیاز به تأیید مدیر: %1 برای سفارش %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="93" />
            <source>The manager types their own password</source>
            <translation>مدیر رمز عبور خودش را وارد می‌کند</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="101" />
            <source>Cancel</source>
            <translation>انصراف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="106" />
            <source>A manager must sign in on this computer once before they can approve here. Ask a manager to sign in (Lock, then Switch staff), then try again.</source>
            <translation>مدیر باید پیش از تأیید در اینجا، یک بار روی این رایانه وارد شده باشد. از مدیر بخواهید وارد شود (قفل، سپس تغییر کاربر) و دوباره تلاش کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="111" />
            <source>Close</source>
            <translation>بستن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="118" />
            <source>Manager</source>
            <translation>مدیر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="119" />
            <source>Password</source>
            <translation>رمز عبور</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="121" />
            <source>The action is recorded in the manager's name.</source>
            <translation>این اقدام به نام مدیر ثبت می‌شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="122" />
            <location filename="../../clerk_app/ui/common/approval.py" line="185" />
            <source>Approve</source>
            <translation>تأیید</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="145" />
            <source>The manager types their password to approve.</source>
            <translation>مدیر برای تأیید، رمز عبور خود را وارد می‌کند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="173" />
            <source>That password doesn't match %1's. Nothing was done.</source>
            <translation>این رمز عبور با رمز %1 مطابقت ندارد. هیچ کاری انجام نشد.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/approval.py" line="175" />
            <source>Too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>رمز عبور چندین بار اشتباه وارد شد. %n دقیقهٔ دیگر دوباره تلاش کنید.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/approval.py" line="177" />
            <source>%1 hasn't signed in on this computer in the last %n hour(s). They need to sign in here once more before they can approve.</source>
            <translation>
                <numerusform>%1 در %n ساعت گذشته روی این رایانه وارد نشده است. پیش از تأیید، باید یک بار دیگر در اینجا وارد شود.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="185" />
            <source>Checking…</source>
            <translation>در حال بررسی…</translation>
        </message>
    </context>
    <context>
        <name>ArrivalDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="316" />
            <source>Customer arrived</source>
            <translation>مراجعهٔ مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="319" />
            <source>%1 is here for order %2</source>
            <translation>%1 برای سفارش %2 آمده است</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="322" />
            <source>Note (optional), for example: waiting in the car, blue van</source>
            <translation>یادداشت (اختیاری)، برای مثال: در خودرو منتظر است، ون آبی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="324" />
            <source>Arrival note</source>
            <translation>یادداشت مراجعه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="324" />
            <source>Optional, for whoever brings the order out</source>
            <translation>اختیاری، برای همکاری که سفارش را بیرون می‌آورد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="326" />
            <source>Record arrival</source>
            <translation>ثبت مراجعه</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="69" />
            <source>Close this message</source>
            <translation>بستن این پیام</translation>
        </message>
    </context>
    <context>
        <name>CameraButton</name>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="105" />
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="106" />
            <source>Scan with the camera</source>
            <translation>اسکن با دوربین</translation>
        </message>
    </context>
    <context>
        <name>CameraScanDialog</name>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="168" />
            <source>Scan with the camera</source>
            <translation>اسکن با دوربین</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="171" />
            <source>Hold the QR code or barcode in front of the camera, a hand's width away.</source>
            <translation>کد QR یا بارکد را به فاصلهٔ یک کف دست جلوی دوربین نگه دارید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="175" />
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="177" />
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="213" />
            <source>Camera</source>
            <translation>دوربین</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="190" />
            <source>Cancel</source>
            <translation>انصراف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="199" />
            <source>Scanning with the camera is not available on this computer. Type the code, or use the scanner.</source>
            <translation>اسکن با دوربین روی این رایانه ممکن نیست. کد را تایپ کنید یا از اسکنر استفاده کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="209" />
            <source>No camera was found on this computer. Connect one and try again, or type the code.</source>
            <translation>هیچ دوربینی روی این رایانه پیدا نشد. یک دوربین وصل کنید و دوباره امتحان کنید، یا کد را تایپ کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="236" />
            <source>Clerk may not use the camera. Allow Clerk to use it in this computer's privacy settings (Camera), then try again.</source>
            <translation>کلرک اجازهٔ استفاده از دوربین را ندارد. در تنظیمات حریم خصوصی این رایانه (دوربین) به کلرک اجازه دهید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="263" />
            <source>The camera could not be started. Close other apps that may be using it, then try again.</source>
            <translation>دوربین روشن نشد. برنامه‌های دیگری را که ممکن است از آن استفاده کنند ببندید و دوباره امتحان کنید.</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="34" />
            <source>The customer asked to cancel</source>
            <translation>درخواست لغو از طرف مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="34" />
            <source>Items out of stock or damaged</source>
            <translation>کالاها ناموجود یا آسیب‌دیده‌اند</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="35" />
            <source>Payment problem</source>
            <translation>مشکل پرداخت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="35" />
            <source>Duplicate order</source>
            <translation>سفارش تکراری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="35" />
            <source>Other</source>
            <translation>سایر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="43" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="68" />
            <source>Cancel order</source>
            <translation>لغو سفارش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="47" />
            <source>Cancel order %1</source>
            <translation>لغو سفارش %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="49" />
            <source>The customer is told the order is cancelled, and its items go back to stock.</source>
            <translation>به مشتری اطلاع داده می‌شود که سفارش لغو شده است و اقلام آن به موجودی برمی‌گردند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="55" />
            <source>Choose a reason…</source>
            <translation>انتخاب دلیل…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="59" />
            <source>Reason</source>
            <translation>دلیل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="62" />
            <source>Details (needed for Other)</source>
            <translation>توضیحات (برای «سایر» لازم است)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="64" />
            <source>Details</source>
            <translation>توضیحات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="70" />
            <source>Keep the order</source>
            <translation>انصراف از لغو</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="84" />
            <source>Choose why the order is cancelled.</source>
            <translation>دلیل لغو سفارش را انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="86" />
            <source>Say in a few words why the order is cancelled.</source>
            <translation>در چند کلمه بنویسید چرا سفارش لغو می‌شود.</translation>
        </message>
    </context>
    <context>
        <name>CartCard</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="253" />
            <source>Online cart</source>
            <translation>سبد خرید آنلاین</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="276" />
            <source>No online cart.</source>
            <translation>سبد خرید آنلاین ندارد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="279" />
            <source>Active</source>
            <translation>فعال</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="279" />
            <source>Abandoned</source>
            <translation>رهاشده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="280" />
            <source>Ordered</source>
            <translation>تبدیل به سفارش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="283" />
            <source>%1 · updated %2</source>
            <translation>%1 · به‌روزرسانی %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>Product</source>
            <translation>کالا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>Qty</source>
            <translation>تعداد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>Price</source>
            <translation>قیمت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>In this store</source>
            <translation>موجودی این فروشگاه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="302" />
            <source>Waiting to sync</source>
            <translation>در انتظار همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="303" />
            <source>Added on this computer; it reaches the customer's cart when the connection is back.</source>
            <translation>در این رایانه اضافه شد؛ وقتی اتصال برقرار شود به سبد مشتری می‌رسد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="309" />
            <source>Find in other stores</source>
            <translation>جست‌وجو در فروشگاه‌های دیگر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="310" />
            <source>See which stores have this product</source>
            <translation>ببینید کدام فروشگاه‌ها این کالا را دارند</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="312" />
            <source>Order for pickup at…</source>
            <translation>سفارش برای دریافت در…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="313" />
            <source>Order it for the customer to collect at a store that has it</source>
            <translation>سفارش آن برای دریافت مشتری در فروشگاهی که موجود دارد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="326" />
            <source>Not stocked here</source>
            <translation>در این فروشگاه عرضه نمی‌شود</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="328" />
            <source>None available</source>
            <translation>ناموجود</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="330" />
            <source>Only %1 available</source>
            <translation>فقط %1 عدد موجود</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="332" />
            <source>%1 available</source>
            <translation>%1 عدد موجود</translation>
        </message>
    </context>
    <context>
        <name>ClerkContext</name>
        <message>
            <location filename="../../clerk_app/ui/common/context.py" line="175" />
            <source>An action could not be applied by the store server. See Activity.</source>
            <translation>سرور فروشگاه نتوانست یک اقدام را اعمال کند. بخش فعالیت‌ها را ببینید.</translation>
        </message>
    </context>
    <context>
        <name>ConflictItem</name>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="139" />
            <source>Now:</source>
            <translation>وضعیت فعلی:</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="144" />
            <source>Tried by %1 at %2</source>
            <translation>تلاش توسط %1، %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="149" />
            <source>The store server says: %1</source>
            <translation>پاسخ سرور فروشگاه: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="155" />
            <source>Open the record</source>
            <translation>باز کردن مورد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="158" />
            <source>Retry</source>
            <translation>تلاش دوباره</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="159" />
            <source>Send the same action again, as you, now</source>
            <translation>ارسال دوبارهٔ همان اقدام، به نام شما، همین حالا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="162" />
            <source>Dismiss</source>
            <translation>نادیده گرفتن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="163" />
            <source>Accept the store server's version and remove this from the list</source>
            <translation>پذیرفتن نسخهٔ سرور فروشگاه و حذف این مورد از فهرست</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="167" />
            <source>Order again…</source>
            <translation>سفارش دوباره…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="168" />
            <source>Choose another store, or fewer, for the same customer</source>
            <translation>فروشگاه دیگری یا تعداد کمتری برای همین مشتری انتخاب کنید</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="208" />
            <source>Queued again: %1</source>
            <translation>دوباره در صف قرار گرفت: %1</translation>
        </message>
    </context>
    <context>
        <name>ConnectionStatus</name>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="98" />
            <source>Open Activity: what waits to sync, conflicts and the sync log</source>
            <translation>باز کردن فعالیت‌ها: موارد در انتظار همگام‌سازی، تعارض‌ها و گزارش همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="112" />
            <source>Connected to the store server; changes arrive within a second.</source>
            <translation>به سرور فروشگاه متصل است؛ تغییرات در کمتر از یک ثانیه می‌رسند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="113" />
            <source>The store server cannot be reached. Keep working: what you do is saved here and syncs when the connection is back.</source>
            <translation>دسترسی به سرور فروشگاه ممکن نیست. به کار ادامه دهید: کارهای شما همین‌جا ذخیره و با برقراری دوبارهٔ اتصال همگام‌سازی می‌شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="115" />
            <source>You chose to work offline. Nothing is sent until you sync again.</source>
            <translation>شما کار آفلاین را انتخاب کرده‌اید. تا همگام‌سازی بعدی چیزی ارسال نمی‌شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="116" />
            <source>The store server no longer accepts this computer. A manager must enroll it again.</source>
            <translation>سرور فروشگاه دیگر این رایانه را نمی‌پذیرد. یک مدیر باید دوباره آن را راه‌اندازی کند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="117" />
            <source>The store server answers with errors. Clerk keeps retrying; your work is safe.</source>
            <translation>سرور فروشگاه با خطا پاسخ می‌دهد. کلرک همچنان تلاش می‌کند؛ کارهای شما محفوظ است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="118" />
            <source>The store server needs a newer Clerk. Keep working: what you do is saved here and syncs once IT updates Clerk on this computer.</source>
            <translation>سرور فروشگاه به نسخهٔ تازه‌تری از کلرک نیاز دارد. به کارتان ادامه دهید: کارهای شما اینجا ذخیره می‌شود و پس از آنکه واحد فناوری اطلاعات کلرک را روی این رایانه به‌روز کند، همگام‌سازی می‌شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="137" />
            <source>Synced %1</source>
            <translation>همگام‌سازی: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="138" />
            <source>Not synced yet</source>
            <translation>هنوز همگام‌سازی نشده</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/main_window.py" line="141" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n مورد در انتظار همگام‌سازی</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="141" />
            <source>All synced</source>
            <translation>همه همگام‌سازی شده</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/main_window.py" line="143" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n تعارض</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="145" />
            <source>New conflict: an action was not applied. Activity shows it and your choices.</source>
            <translation>تعارض جدید: یکی از کارها اعمال نشد. صفحهٔ فعالیت‌ها آن را همراه با گزینه‌های شما نشان می‌دهد.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="78" />
            <source>Clerk</source>
            <translation>کلرک</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="91" />
            <source>Something went wrong.</source>
            <translation>مشکلی پیش آمد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="92" />
            <source>Your work waiting to sync is safe. Clerk can keep running; if this repeats, restart it.</source>
            <translation>کارهای در انتظار همگام‌سازی شما محفوظ است. کلرک می‌تواند به کار ادامه دهد؛ اگر این مشکل تکرار شد، آن را دوباره اجرا کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="102" />
            <source>Copy details</source>
            <translation>کپی جزئیات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="103" />
            <source>Copy the technical details, to send to your IT support</source>
            <translation>کپی جزئیات فنی برای ارسال به پشتیبانی فناوری اطلاعات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="105" />
            <source>Quit Clerk</source>
            <translation>خروج از کلرک</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="107" />
            <source>Continue</source>
            <translation>ادامه</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/crash.py" line="121" />
            <source>This happened %n time(s).</source>
            <translation>
                <numerusform>این اتفاق %n بار رخ داده است.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="127" />
            <source>Copied</source>
            <translation>کپی شد</translation>
        </message>
    </context>
    <context>
        <name>CustomerChoice</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="40" />
            <source>Change</source>
            <translation>تغییر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="41" />
            <source>Order for another customer</source>
            <translation>سفارش برای مشتری دیگر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="46" />
            <source>Search this computer's customers: name, phone, email or card</source>
            <translation>جست‌وجو در مشتریان این رایانه: نام، تلفن، ایمیل یا کارت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="48" />
            <source>Search customers</source>
            <translation>جست‌وجوی مشتریان</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="96" />
            <source>No customer on this computer matches.</source>
            <translation>هیچ مشتری‌ای در این رایانه پیدا نشد.</translation>
        </message>
    </context>
    <context>
        <name>CustomerView</name>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="76" />
            <source>Order history</source>
            <translation>سابقهٔ سفارش‌ها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="78" />
            <source>All channels · click an order for its lines</source>
            <translation>همهٔ کانال‌ها · برای دیدن اقلام، روی سفارش کلیک کنید</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="213" />
            <source>Loading this customer from the server…</source>
            <translation>در حال بارگیری اطلاعات این مشتری از سرور…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="214" />
            <source>This customer is not on this computer, and the server cannot be asked right now.</source>
            <translation>این مشتری روی این رایانه نیست و در حال حاضر نمی‌توان از سرور پرسید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="233" />
            <source>From the server · not kept on this computer</source>
            <translation>از سرور · روی این رایانه نگه داشته نمی‌شود</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="236" />
            <source>Up to date · %1</source>
            <translation>به‌روز · %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="237" />
            <source>Checked with the store server just now.</source>
            <translation>همین الان با سرور فروشگاه بررسی شد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="239" />
            <source>Offline — as of %1</source>
            <translation>آفلاین — به‌روز تا %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="240" />
            <source>The store server cannot be reached: this is what this computer last heard.</source>
            <translation>دسترسی به سرور فروشگاه ممکن نیست: این آخرین اطلاعاتی است که این رایانه دریافت کرده است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="242" />
            <source>As of %1 · refreshing…</source>
            <translation>به‌روز تا %1 · در حال تازه‌سازی…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="245" />
            <source>As of %1</source>
            <translation>به‌روز تا %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="246" />
            <source>The server could not be asked just now.</source>
            <translation>در حال حاضر نمی‌توان از سرور پرسید.</translation>
        </message>
    </context>
    <context>
        <name>Customers</name>
        <message>
            <location filename="../../clerk_app/ui/customers/results.py" line="58" />
            <location filename="../../clerk_app/ui/customers/results.py" line="151" />
            <source>From the server</source>
            <translation>از سرور</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="22" />
            <source>No tier</source>
            <translation>بدون سطح</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="24" />
            <source>Platinum</source>
            <translation>پلاتینیوم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="25" />
            <source>Gold</source>
            <translation>طلایی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="26" />
            <source>Silver</source>
            <translation>نقره‌ای</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>Web</source>
            <translation>وب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>App</source>
            <translation>اپلیکیشن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>In store</source>
            <translation>حضوری در فروشگاه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="32" />
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="32" />
            <source>Text message</source>
            <translation>پیامک</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="38" />
            <source>Placed</source>
            <translation>ثبت‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="39" />
            <source>Paid</source>
            <translation>پرداخت‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="40" />
            <source>Fulfilled</source>
            <translation>تکمیل‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="41" />
            <location filename="../../clerk_app/ui/customers/text.py" line="50" />
            <source>Cancelled</source>
            <translation>لغوشده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="42" />
            <source>Returned</source>
            <translation>مرجوع‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="43" />
            <source>Partly returned</source>
            <translation>بخشی مرجوع‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="48" />
            <source>New</source>
            <translation>جدید</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="48" />
            <source>Being picked</source>
            <translation>در حال جمع‌آوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="48" />
            <source>Ready for pickup</source>
            <translation>آمادهٔ دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="49" />
            <source>Collected</source>
            <translation>دریافت‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="49" />
            <source>Not collected</source>
            <translation>دریافت‌نشده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="49" />
            <source>Restocked</source>
            <translation>برگشت به موجودی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="61" />
            <source>Delivery</source>
            <translation>ارسال به آدرس</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="67" />
            <source>Bought in store</source>
            <translation>خرید در این فروشگاه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="68" />
            <source>Bought at %1</source>
            <translation>خرید در فروشگاه %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="68" />
            <source>Bought in another store</source>
            <translation>خرید در فروشگاه دیگر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="71" />
            <source>Pickup here</source>
            <translation>دریافت حضوری در اینجا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="72" />
            <source>Pickup at %1</source>
            <translation>دریافت حضوری در فروشگاه %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="72" />
            <source>Pickup at another store</source>
            <translation>دریافت حضوری در فروشگاه دیگر</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="73" />
            <source>Customers</source>
            <translation>مشتریان</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="105" />
            <source>Find a customer</source>
            <translation>جستجوی مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="107" />
            <source>Type a name, email, phone, loyalty card or order number — or scan it.</source>
            <translation>نام، ایمیل، تلفن، کارت باشگاه مشتریان یا شمارهٔ سفارش را تایپ کنید — یا آن را اسکن کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="111" />
            <source>Ctrl+K jumps to the search bar from anywhere.</source>
            <translation>با Ctrl+K از هر جا به نوار جستجو بروید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="142" />
            <source>No customer found for “%1”.</source>
            <translation>مشتری‌ای برای «%1» پیدا نشد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="203" />
            <source>Search results appear here.</source>
            <translation>نتایج جستجو اینجا نمایش داده می‌شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="206" />
            <source>Found: %1</source>
            <translation>پیدا شد: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="206" />
            <source>No customer found</source>
            <translation>مشتری‌ای پیدا نشد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="208" />
            <source>on this computer · asking the server…</source>
            <translation>روی این رایانه · در حال پرسیدن از سرور…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="210" />
            <source>%1 more from the server</source>
            <translation>%1 مورد دیگر از سرور</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="211" />
            <source>the server has no others</source>
            <translation>سرور مورد دیگری ندارد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="213" />
            <source>from this computer only (the server did not answer)</source>
            <translation>فقط از این رایانه (سرور پاسخ نداد)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="215" />
            <source>from this computer only (signed in offline)</source>
            <translation>فقط از این رایانه (ورود آفلاین)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="217" />
            <source>Offline — from this computer only</source>
            <translation>آفلاین — فقط از این رایانه</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="58" />
            <source>Under 1 h</source>
            <translation>کمتر از ۱ ساعت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="58" />
            <source>1–4 h</source>
            <translation>۱ تا ۴ ساعت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="59" />
            <source>4–24 h</source>
            <translation>۴ تا ۲۴ ساعت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="59" />
            <source>1–3 days</source>
            <translation>۱ تا ۳ روز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="60" />
            <source>Over 3 days</source>
            <translation>بیش از ۳ روز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="219" />
            <source>Pickups per day</source>
            <translation>سفارش‌های دریافت حضوری در روز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="224" />
            <source>Created</source>
            <translation>ثبت‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="225" />
            <source>Picked up</source>
            <translation>دریافت‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="230" />
            <source>How long open pickups have waited</source>
            <translation>مدت انتظار سفارش‌های باز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="235" />
            <source>Waiting</source>
            <translation>در انتظار</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="65" />
            <source>Only a store manager can see the store's figures.</source>
            <translation>فقط مدیر فروشگاه می‌تواند آمار فروشگاه را ببیند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="95" />
            <source>Dashboard</source>
            <translation>داشبورد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>Today</source>
            <translation>امروز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>7 days</source>
            <translation>۷ روز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>30 days</source>
            <translation>۳۰ روز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>Custom</source>
            <translation>دلخواه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="123" />
            <source>to</source>
            <translation>تا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="128" />
            <source>Export to CSV…</source>
            <translation>خروجی CSV…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="129" />
            <source>Save the pickups created in this period as a spreadsheet file</source>
            <translation>ذخیرهٔ سفارش‌های دریافت حضوری ثبت‌شده در این بازه به‌صورت فایل صفحه‌گسترده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="136" />
            <source>Closed pickups older than 30 days are not kept on this computer; these figures may be incomplete.</source>
            <translation>سفارش‌های دریافت حضوری بسته‌شدهٔ قدیمی‌تر از ۳۰ روز روی این رایانه نگه داشته نمی‌شوند؛ ممکن است این آمار کامل نباشد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="143" />
            <source>Open pickups</source>
            <translation>سفارش‌های باز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="143" />
            <source>Overdue now</source>
            <translation>اکنون با تأخیر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="144" />
            <source>Ready and waiting</source>
            <translation>آماده و در انتظار</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="144" />
            <source>Picked up today</source>
            <translation>دریافت‌شده امروز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="145" />
            <source>Orders in the period</source>
            <translation>سفارش‌های این بازه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="145" />
            <source>Order to ready (median)</source>
            <translation>از سفارش تا آماده شدن (میانه)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="146" />
            <source>Ready on time</source>
            <translation>آماده‌شده به‌موقع</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="146" />
            <source>Wait on shelf (median)</source>
            <translation>انتظار روی قفسه (میانه)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="147" />
            <source>No-show rate</source>
            <translation>نرخ عدم مراجعه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="150" />
            <source>Right now</source>
            <translation>وضعیت فعلی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="278" />
            <source>Orders created %1</source>
            <translation>سفارش‌های ثبت‌شده %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="293" />
            <source>on %1</source>
            <translation>در %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="294" />
            <source>from %1 to %2</source>
            <translation>از %1 تا %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="300" />
            <source>%1 new · %2 picking · %3 ready</source>
            <translation>%1 جدید · %2 در حال جمع‌آوری · %3 آماده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="303" />
            <source>not ready by the promised time</source>
            <translation>تا زمان وعده‌داده‌شده آماده نشده</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="307" />
            <source>%n past collect-by</source>
            <translation>
                <numerusform>%n مورد گذشته از مهلت دریافت</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="307" />
            <source>on the shelf</source>
            <translation>روی قفسه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="308" />
            <source>handed over since midnight</source>
            <translation>تحویل‌شده از نیمه‌شب تاکنون</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="309" />
            <source>%1 picked up · %2 no-show · %3 cancelled</source>
            <translation>%1 دریافت‌شده · %2 عدم مراجعه · %3 لغوشده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="312" />
            <source>No order created in this period has been ready yet.</source>
            <translation>هنوز هیچ سفارشی از این بازه آماده نشده است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="313" />
            <source>from order to on the shelf</source>
            <translation>از ثبت سفارش تا قرار گرفتن روی قفسه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="315" />
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="317" />
            <source>by the promised time</source>
            <translation>تا زمان وعده‌داده‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="319" />
            <source>from ready to collected</source>
            <translation>از آماده شدن تا دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="320" />
            <source>No order created in this period has been collected yet.</source>
            <translation>هنوز هیچ سفارشی از این بازه دریافت نشده است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="322" />
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="325" />
            <source>of collected or missed orders</source>
            <translation>از سفارش‌های دریافت‌شده یا بدون مراجعه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="323" />
            <source>No order created in this period was collected or missed yet.</source>
            <translation>برای هیچ سفارشی از این بازه هنوز دریافت یا عدم مراجعه ثبت نشده است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="336" />
            <source>Overdue</source>
            <translation>با تأخیر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="336" />
            <source>Past collect-by</source>
            <translation>گذشته از مهلت دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="337" />
            <source>To restock (no-shows)</source>
            <translation>برای بازگشت به موجودی (عدم مراجعه)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="352" />
            <source>Figures from this computer's data; it has not synced with the store server yet.</source>
            <translation>آمار بر اساس داده‌های این رایانه است؛ هنوز با سرور فروشگاه همگام‌سازی نشده است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="354" />
            <source>Figures from this computer's data, as of %1.</source>
            <translation>آمار بر اساس داده‌های این رایانه، به‌روز تا %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="356" />
            <source>Offline: figures from this computer's data as of %1. Changes made elsewhere since then are not counted.</source>
            <translation>آفلاین: آمار بر اساس داده‌های این رایانه، به‌روز تا %1. تغییراتی که از آن زمان در جای دیگر انجام شده، شمرده نمی‌شوند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="371" />
            <source>Export pickups to CSV</source>
            <translation>خروجی CSV از سفارش‌های دریافت حضوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="372" />
            <source>CSV files (*.csv)</source>
            <translation>فایل‌های CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="392" />
            <source>%Ln pickup(s) created %1, with their state now.</source>
            <translation>
                <numerusform>%Ln سفارش دریافت حضوری ثبت‌شده %1، با وضعیت فعلی.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DemoMenu</name>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="50" />
            <source>&amp;Demo</source>
            <translation>&amp;دمو</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="51" />
            <source>&amp;Help</source>
            <translation>&amp;راهنما</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="53" />
            <location filename="../../clerk_app/ui/demo/menu.py" line="72" />
            <source>Restore the connection</source>
            <translation>برقراری دوبارهٔ اتصال</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="53" />
            <location filename="../../clerk_app/ui/demo/menu.py" line="72" />
            <source>Cut the connection</source>
            <translation>قطع اتصال</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="54" />
            <source>Act as if the store's network cable were pulled</source>
            <translation>شبیه‌سازی کشیده شدن کابل شبکهٔ فروشگاه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="55" />
            <source>New web order for pickup</source>
            <translation>سفارش اینترنتی جدید برای دریافت حضوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="56" />
            <source>Customer edits their online cart</source>
            <translation>مشتری سبد خرید آنلاین خود را تغییر می‌دهد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="57" />
            <source>Cancel an order centrally</source>
            <translation>لغو سفارش از مرکز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="58" />
            <location filename="../../clerk_app/ui/demo/menu.py" line="143" />
            <source>Demo tour</source>
            <translation>راهنمای دمو</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="75" />
            <source>The connection is cut. Keep working: what you do waits to sync.</source>
            <translation>اتصال قطع است. به کار ادامه دهید: کارهای شما در انتظار همگام‌سازی می‌مانند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="76" />
            <source>The connection is back. Waiting actions are being sent.</source>
            <translation>اتصال برقرار شد. اقدامات در انتظار در حال ارسال‌اند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="100" />
            <source>A new web order for pickup arrived: order %1 for %2.</source>
            <translation>سفارش اینترنتی جدیدی برای دریافت حضوری رسید: سفارش %1 برای %2.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="102" />
            <source>No customer could place a web order.</source>
            <translation>هیچ مشتری‌ای نتوانست سفارش اینترنتی ثبت کند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="113" />
            <source>%1 changed their online cart; it now comes to %2.</source>
            <translation>%1 سبد خرید آنلاین خود را تغییر داد؛ جمع آن اکنون %2 است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="115" />
            <source>No customer has a cart to edit.</source>
            <translation>هیچ مشتری‌ای سبد خریدی برای تغییر ندارد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="129" />
            <source>The customer service centre cancelled order %1 (%2). If it was being handed over here, Activity shows a conflict.</source>
            <translation>مرکز خدمات مشتریان سفارش %1 (%2) را لغو کرد. اگر این سفارش در اینجا در حال تحویل بود، بخش فعالیت‌ها یک تعارض نشان می‌دهد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="132" />
            <source>No open order of this store could be cancelled.</source>
            <translation>هیچ سفارش بازی از این فروشگاه برای لغو وجود نداشت.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="140" />
            <source>%1 (username %2)</source>
            <translation>%1 (نام کاربری %2)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="142" />
            <source>an associate</source>
            <translation>یک فروشنده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="143" />
            <source>Try this</source>
            <translation>این را امتحان کنید</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="145" />
            <source>&lt;ol&gt;&lt;li&gt;Sign in as %1 with the password &lt;b&gt;%2&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Demo → &lt;b&gt;Cut the connection&lt;/b&gt;: the status bar turns to Offline.&lt;/li&gt;&lt;li&gt;Open Pickups and hand over a ready order: it shows at once, marked as waiting to sync.&lt;/li&gt;&lt;li&gt;Demo → &lt;b&gt;Restore the connection&lt;/b&gt; and watch it sync in Activity.&lt;/li&gt;&lt;li&gt;Cut the connection again, start handing over another order, then Demo → &lt;b&gt;Cancel an order centrally&lt;/b&gt;. Restore the connection: Activity shows the conflict and your choices.&lt;/li&gt;&lt;li&gt;While online, Demo → &lt;b&gt;New web order for pickup&lt;/b&gt;: it appears in Pickups without a refresh.&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;ol&gt;&lt;li&gt;با نام %1 و رمز عبور &lt;b&gt;%2&lt;/b&gt; وارد شوید.&lt;/li&gt;&lt;li&gt;دمو ← &lt;b&gt;قطع اتصال&lt;/b&gt;: نوار وضعیت به «آفلاین» تغییر می‌کند.&lt;/li&gt;&lt;li&gt;دریافت حضوری را باز کنید و یک سفارش آماده را تحویل دهید: تحویل بلافاصله نمایش داده می‌شود، با علامت «در انتظار همگام‌سازی».&lt;/li&gt;&lt;li&gt;دمو ← &lt;b&gt;برقراری دوبارهٔ اتصال&lt;/b&gt;؛ سپس همگام‌سازی را در فعالیت‌ها ببینید.&lt;/li&gt;&lt;li&gt;دوباره اتصال را قطع کنید، تحویل سفارش دیگری را شروع کنید، سپس دمو ← &lt;b&gt;لغو سفارش از مرکز&lt;/b&gt;. اتصال را برقرار کنید: فعالیت‌ها تعارض و گزینه‌های شما را نشان می‌دهد.&lt;/li&gt;&lt;li&gt;در حالت آنلاین، دمو ← &lt;b&gt;سفارش اینترنتی جدید برای دریافت حضوری&lt;/b&gt;: سفارش بدون تازه‌سازی در دریافت حضوری ظاهر می‌شود.&lt;/li&gt;&lt;/ol&gt;</translation>
        </message>
    </context>
    <context>
        <name>EnrollCountersDialog</name>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="38" />
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="43" />
            <source>Enroll counters</source>
            <translation>راه‌اندازی پیشخوان‌ها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="54" />
            <source>Cancel</source>
            <translation>انصراف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="55" />
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="137" />
            <source>Create code</source>
            <translation>ساخت کد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="56" />
            <source>Copy code</source>
            <translation>کپی کد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="57" />
            <source>Done</source>
            <translation>تمام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="74" />
            <source>A code lets new counters join %1 without a manager's password: type it on the counter when Clerk first starts, or give it to IT.</source>
            <translation>با این کد، پیشخوان‌های تازه بدون رمز عبور مدیر به %1 می‌پیوندند: نخستین بار که کلرک روی پیشخوان باز می‌شود آن را وارد کنید، یا آن را به بخش فناوری اطلاعات بدهید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="83" />
            <source>Valid for (hours)</source>
            <translation>مدت اعتبار (ساعت)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="84" />
            <source>Number of counters</source>
            <translation>تعداد پیشخوان‌ها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="104" />
            <source>This code is shown only now. Write it down or copy it before you close this window.</source>
            <translation>این کد فقط همین حالا نمایش داده می‌شود. پیش از بستن این پنجره آن را یادداشت یا کپی کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="137" />
            <source>Creating…</source>
            <translation>در حال ساخت…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="159" />
            <source>Works until %1 for %n counter(s).</source>
            <translation>
                <numerusform>تا %1 برای %n پیشخوان معتبر است.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="168" />
            <source>Copied</source>
            <translation>کپی شد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="180" />
            <source>Creating a code needs your online sign-in. Lock the screen and sign in again while the store server can be reached.</source>
            <translation>ساخت کد به ورود آنلاین شما نیاز دارد. صفحه را قفل کنید و وقتی سرور فروشگاه در دسترس است دوباره وارد شوید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="185" />
            <source>Clerk can't reach the store server, and creating a code needs it. Try again when the connection is back.</source>
            <translation>کلرک به سرور فروشگاه دسترسی ندارد و ساخت کد به آن نیاز دارد. وقتی اتصال برقرار شد دوباره تلاش کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="190" />
            <source>Only a manager of this store can create enrollment codes.</source>
            <translation>فقط مدیر این فروشگاه می‌تواند کد راه‌اندازی بسازد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="192" />
            <source>The store server is busy. Try again in a moment.</source>
            <translation>سرور فروشگاه مشغول است. چند لحظه دیگر دوباره تلاش کنید.</translation>
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="60" />
            <source>Set up Clerk on this computer</source>
            <translation>راه‌اندازی کلرک روی این رایانه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="66" />
            <source>Set up this computer</source>
            <translation>راه‌اندازی این رایانه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="78" />
            <source>Cancel</source>
            <translation>انصراف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="79" />
            <source>Back</source>
            <translation>بازگشت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="80" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="207" />
            <source>Continue</source>
            <translation>ادامه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="84" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="208" />
            <source>Connect this computer</source>
            <translation>اتصال این رایانه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="105" />
            <source>Clerk connects to your store once. A manager signs in here to do it; after that, staff sign in with their own username.</source>
            <translation>کلرک یک بار به فروشگاه شما متصل می‌شود. برای این کار یک مدیر اینجا وارد می‌شود؛ پس از آن، کارکنان با نام کاربری خودشان وارد می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="115" />
            <source>Store server address</source>
            <translation>نشانی سرور فروشگاه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="120" />
            <source>A manager signs in</source>
            <translation>مدیر وارد می‌شود</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="121" />
            <source>I have an enrollment code</source>
            <translation>کد راه‌اندازی دارم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="128" />
            <source>Manager's username</source>
            <translation>نام کاربری مدیر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="128" />
            <source>Password</source>
            <translation>رمز عبور</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="131" />
            <source>Set by your IT department</source>
            <translation>تنظیم‌شده توسط بخش فناوری اطلاعات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="134" />
            <source>Enrollment code</source>
            <translation>کد راه‌اندازی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="134" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="172" />
            <source>This computer's name</source>
            <translation>نام این رایانه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="164" />
            <source>As staff call it, e.g. Riverside</source>
            <translation>همان نامی که کارکنان به کار می‌برند، مثلاً شعبهٔ ونک</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="166" />
            <source>Store</source>
            <translation>فروشگاه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="171" />
            <source>Store name shown in Clerk</source>
            <translation>نام فروشگاه در کلرک</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="207" />
            <source>Signing in…</source>
            <translation>در حال ورود…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="208" />
            <source>Connecting…</source>
            <translation>در حال اتصال…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="222" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="275" />
            <source>The store server address must start with https:// (http:// only for a server on this computer), for example https://central.example.com</source>
            <translation>نشانی سرور فروشگاه باید با https:// شروع شود (http:// فقط برای سروری روی همین رایانه)، برای مثال https://central.example.com</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="228" />
            <source>Enter the manager's username and password.</source>
            <translation>نام کاربری و رمز عبور مدیر را وارد کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="255" />
            <source>Signed in as %1 (manager). Choose the store this computer works for.</source>
            <translation>به‌عنوان %1 (مدیر) وارد شدید. فروشگاهی را که این رایانه برای آن کار می‌کند انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="282" />
            <source>An enrollment code has ten letters and digits, like %1. Check it and try again.</source>
            <translation>کد راه‌اندازی ده حرف و رقم دارد، مانند %1. آن را بررسی کنید و دوباره تلاش کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="345" />
            <source>Only a manager can set up this computer. Ask a manager of this store to sign in here.</source>
            <translation>فقط مدیر می‌تواند این رایانه را راه‌اندازی کند. از یکی از مدیران این فروشگاه بخواهید اینجا وارد شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="350" />
            <source>Clerk can't reach the store server at that address. Check the address and the network, then try again.</source>
            <translation>کلرک نمی‌تواند در این نشانی به سرور فروشگاه دسترسی پیدا کند. نشانی و شبکه را بررسی کنید و دوباره تلاش کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="353" />
            <source>That enrollment code is wrong, used up or expired. Ask a manager for a new one.</source>
            <translation>این کد راه‌اندازی اشتباه است، ظرفیتش تمام شده یا منقضی شده است. از مدیر کد تازه بخواهید.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/enroll.py" line="356" />
            <source>Too many wrong enrollment codes. Try again in %n minute(s).</source>
            <translation>
                <numerusform>کد راه‌اندازی چندین بار اشتباه وارد شد. %n دقیقه دیگر دوباره تلاش کنید.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="358" />
            <source>That username and password don't match. Check them and try again.</source>
            <translation>نام کاربری و رمز عبور مطابقت ندارند. آن‌ها را بررسی کنید و دوباره تلاش کنید.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/enroll.py" line="363" />
            <source>Too many wrong passwords. Sign-in for this username is locked for %n minute(s).</source>
            <translation>
                <numerusform>رمز عبور چندین بار اشتباه وارد شد. ورود با این نام کاربری به مدت %n دقیقه قفل شده است.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="366" />
            <source>That address doesn't answer like a Clerk store server. Check it and try again.</source>
            <translation>این نشانی مانند سرور فروشگاه کلرک پاسخ نمی‌دهد. آن را بررسی کنید و دوباره تلاش کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="370" />
            <source>Clerk couldn't save its settings on this computer. Check the disk and try again.</source>
            <translation>کلرک نتوانست تنظیماتش را روی این رایانه ذخیره کند. دیسک را بررسی کنید و دوباره تلاش کنید.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="65" />
            <source>Export to CSV</source>
            <translation>خروجی CSV</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="77" />
            <source>Export pickups to CSV</source>
            <translation>خروجی CSV از سفارش‌های دریافت حضوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="80" />
            <source>To: %1</source>
            <translation>مقصد: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="91" />
            <source>Open folder</source>
            <translation>باز کردن پوشه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="93" />
            <source>Cancel</source>
            <translation>انصراف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="95" />
            <source>Close</source>
            <translation>بستن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="110" />
            <source>Writing the file…</source>
            <translation>در حال نوشتن فایل…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Order number</source>
            <translation>شمارهٔ سفارش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Customer</source>
            <translation>مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Created</source>
            <translation>زمان ثبت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Promised by</source>
            <translation>موعد آماده‌سازی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Ready at</source>
            <translation>زمان آماده شدن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Collect by</source>
            <translation>مهلت دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Picked up at</source>
            <translation>زمان دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Shelf</source>
            <translation>قفسه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Items</source>
            <translation>اقلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Hand-over ID check</source>
            <translation>بررسی مدرک هنگام تحویل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Cancel reason</source>
            <translation>دلیل لغو</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="145" />
            <source>Stopping…</source>
            <translation>در حال توقف…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/export.py" line="174" />
            <source>Saved %Ln pickup(s) to %1.</source>
            <translation>
                <numerusform>%Ln سفارش دریافت حضوری در %1 ذخیره شد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="179" />
            <source>Export cancelled. No file was saved.</source>
            <translation>خروجی گرفتن لغو شد. هیچ فایلی ذخیره نشد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="182" />
            <source>an unexpected error</source>
            <translation>یک خطای غیرمنتظره</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="183" />
            <source>The file could not be saved (%1). Try another folder.</source>
            <translation>فایل ذخیره نشد (%1). پوشهٔ دیگری را امتحان کنید.</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="37" />
            <source>Other</source>
            <translation>سایر</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="183" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="245" />
            <source>Hand over</source>
            <translation>تحویل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="187" />
            <source>Hand over order %1</source>
            <translation>تحویل سفارش %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="190" />
            <source>On shelf %1</source>
            <translation>روی قفسهٔ %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="196" />
            <source>Type or scan the customer's code</source>
            <translation>کد مشتری را تایپ یا اسکن کنید</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="206" />
            <source>Pickup code</source>
            <translation>کد دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="214" />
            <source>%1 (the customer)</source>
            <translation>%1 (خود مشتری)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="220" />
            <source>%1 (named by the customer)</source>
            <translation>%1 (معرفی‌شده از طرف مشتری)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="223" />
            <source>Collected by</source>
            <translation>دریافت‌کننده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="229" />
            <source>ID checked</source>
            <translation>مدرک بررسی‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="232" />
            <source>Last 4 characters of the document</source>
            <translation>چهار نویسهٔ آخر شمارهٔ مدرک</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="233" />
            <source>Last four</source>
            <translation>چهار نویسهٔ آخر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="236" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="237" />
            <source>Collected</source>
            <translation>دریافت‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="237" />
            <source>Item</source>
            <translation>کالا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="237" />
            <source>Picked</source>
            <translation>جمع‌آوری‌شده</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="279" />
            <source>%n item(s) stay in the store and go back to stock.</source>
            <translation>
                <numerusform>%n قلم در فروشگاه می‌ماند و به موجودی برمی‌گردد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="287" />
            <source>That is the bag's label. Ask the customer for their pickup code, or scan the code on their phone.</source>
            <translation>این برچسب کیسه است. کد دریافت را از مشتری بپرسید یا کد روی گوشی او را اسکن کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="294" />
            <source>Enter the pickup code the customer shows.</source>
            <translation>کد دریافتی را که مشتری نشان می‌دهد وارد کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="296" />
            <source>That code doesn't match this order. Check the code on the customer's confirmation.</source>
            <translation>این کد با این سفارش مطابقت ندارد. کد را در تأییدیهٔ سفارش مشتری بررسی کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="300" />
            <source>Enter the last four characters of the ID document.</source>
            <translation>چهار نویسهٔ آخر مدرک شناسایی را وارد کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="302" />
            <source>Nothing is collected. Hand over at least one item.</source>
            <translation>هیچ کالایی دریافت نشده است. دست‌کم یک کالا را تحویل دهید.</translation>
        </message>
    </context>
    <context>
        <name>HeaderCard</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="101" />
            <source>Points: %1</source>
            <translation>امتیاز: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="103" />
            <source>Not in the loyalty programme</source>
            <translation>عضو باشگاه مشتریان نیست</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="106" />
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="106" />
            <location filename="../../clerk_app/ui/customers/cards.py" line="107" />
            <source>None given</source>
            <translation>وارد نشده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="107" />
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="108" />
            <source>Prefers</source>
            <translation>روش ترجیحی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="109" />
            <source>Marketing</source>
            <translation>پیام تبلیغاتی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="109" />
            <source>Agreed to offers</source>
            <translation>مایل به دریافت پیشنهادها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="109" />
            <source>No offers</source>
            <translation>بدون پیشنهاد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="110" />
            <source>Home store</source>
            <translation>فروشگاه اصلی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="111" />
            <source>Loyalty card</source>
            <translation>کارت باشگاه مشتریان</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="111" />
            <source>None</source>
            <translation>ندارد</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="187" />
            <source>Clerk — %1</source>
            <translation>کلرک — %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="435" />
            <source>Clerk</source>
            <translation>کلرک</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="456" />
            <source>Pages</source>
            <translation>صفحه‌ها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="456" />
            <source>Ctrl+1 to Ctrl+5 open each page</source>
            <translation>Ctrl+1 تا Ctrl+5 هر صفحه را باز می‌کند</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="472" />
            <source>Customers</source>
            <translation>مشتریان</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="472" />
            <source>Pickups</source>
            <translation>دریافت حضوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="472" />
            <source>Stock</source>
            <translation>موجودی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="473" />
            <source>Activity</source>
            <translation>فعالیت‌ها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="473" />
            <source>Dashboard</source>
            <translation>داشبورد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="590" />
            <source>Your language on this computer</source>
            <translation>زبان شما در این رایانه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="592" />
            <source>Lock</source>
            <translation>قفل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="593" />
            <source>Lock the screen (Ctrl+L); unlock or switch staff from the lock screen</source>
            <translation>قفل کردن صفحه (Ctrl+L)؛ باز کردن قفل یا تغییر کاربر از صفحهٔ قفل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="602" />
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="622" />
            <source>Preferences…</source>
            <translation>تنظیمات…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="624" />
            <source>Enroll counters…</source>
            <translation>راه‌اندازی پیشخوان‌ها…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="759" />
            <source> (signed in offline)</source>
            <translation> (ورود آفلاین)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="760" />
            <source>Manager</source>
            <translation>مدیر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="760" />
            <location filename="../../clerk_app/ui/main_window.py" line="761" />
            <source>Associate</source>
            <translation>فروشنده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="791" />
            <source>Clerk must be updated on this computer: the store server no longer accepts this version. Keep working; nothing is lost, and waiting actions sync after the update. Tell your manager or IT.</source>
            <translation>کلرک باید روی این رایانه به‌روز شود: سرور فروشگاه دیگر این نسخه را نمی‌پذیرد. به کارتان ادامه دهید؛ چیزی از دست نمی‌رود و اقدام‌های در انتظار پس از به‌روزرسانی همگام‌سازی می‌شوند. به مدیر یا واحد فناوری اطلاعات خبر دهید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="796" />
            <source>The connection is back. To see live data from the store server, sign in again: Lock, then Switch staff. Until then Clerk shows what is saved on this computer.</source>
            <translation>اتصال برقرار شد. برای دیدن داده‌های زندهٔ سرور فروشگاه، دوباره وارد شوید: قفل، سپس تغییر کاربر. تا آن زمان کلرک داده‌های ذخیره‌شده روی این رایانه را نشان می‌دهد.</translation>
        </message>
    </context>
    <context>
        <name>ManagerSection</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="138" />
            <source>Manager actions</source>
            <translation>اقدامات مدیر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="139" />
            <source>Needs a manager: a manager approves here with their password, and the action is recorded in their name.</source>
            <translation>نیاز به مدیر: مدیر با رمز عبور خود اینجا تأیید می‌کند و اقدام به نام او ثبت می‌شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="144" />
            <source>Cancel order…</source>
            <translation>لغو سفارش…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="145" />
            <source>Mark no-show…</source>
            <translation>ثبت عدم مراجعه…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="146" />
            <source>Restock…</source>
            <translation>بازگرداندن به موجودی…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="169" />
            <source>Needs a manager's approval</source>
            <translation>نیاز به تأیید مدیر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="195" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="204" />
            <source>Cancel order</source>
            <translation>لغو سفارش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="202" />
            <source>Order %1 cancelled.</source>
            <translation>سفارش %1 لغو شد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="204" />
            <source>Reason: %1</source>
            <translation>دلیل: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="212" />
            <source>The customer did not collect it by %1. The order is closed and its items wait to be restocked.</source>
            <translation>مشتری تا %1 سفارش را دریافت نکرد. سفارش بسته می‌شود و اقلام آن در انتظار بازگشت به موجودی می‌مانند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="216" />
            <source>Order %1 marked as a no-show.</source>
            <translation>عدم مراجعه برای سفارش %1 ثبت شد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="219" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="220" />
            <source>Mark no-show</source>
            <translation>ثبت عدم مراجعه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="220" />
            <source>Mark order %1 as a no-show?</source>
            <translation>عدم مراجعه برای سفارش %1 ثبت شود؟</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="227" />
            <source>Its items go back on the shelves for sale. The order stays closed.</source>
            <translation>اقلام آن برای فروش به قفسه‌ها برمی‌گردند. سفارش بسته می‌ماند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="231" />
            <source>Order %1 restocked.</source>
            <translation>سفارش %1 به موجودی برگشت.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="233" />
            <source>Restock order %1?</source>
            <translation>سفارش %1 به موجودی برگردد؟</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="234" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="235" />
            <source>Restock</source>
            <translation>بازگرداندن به موجودی</translation>
        </message>
    </context>
    <context>
        <name>MarkReadyDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="126" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="145" />
            <source>Mark ready</source>
            <translation>اعلام آماده بودن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="130" />
            <source>Order %1 is ready</source>
            <translation>سفارش %1 آماده است</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="133" />
            <source>For example B-04</source>
            <translation>برای مثال B-04</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="135" />
            <source>Shelf</source>
            <translation>قفسه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="137" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="138" />
            <source>Picked</source>
            <translation>جمع‌آوری‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="138" />
            <source>Item</source>
            <translation>کالا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="138" />
            <source>Ordered</source>
            <translation>سفارش‌شده</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="161" />
            <source>Partial pick: %n item(s) missing. The customer's ready notice will say what is missing; only what was picked can be handed over.</source>
            <translation>
                <numerusform>جمع‌آوری ناقص: %n قلم کسری دارد. در پیام آماده بودن به مشتری گفته می‌شود چه چیزی کم است؛ فقط اقلام جمع‌آوری‌شده قابل تحویل‌اند.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="167" />
            <source>Enter the shelf where the order waits.</source>
            <translation>قفسه‌ای را که سفارش روی آن منتظر است وارد کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="169" />
            <source>Nothing is picked. Pick at least one item, or ask a manager to cancel the order.</source>
            <translation>هیچ کالایی جمع‌آوری نشده است. دست‌کم یک کالا را جمع‌آوری کنید، یا از مدیر بخواهید سفارش را لغو کند.</translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="76" />
            <source>%1 (this store)</source>
            <translation>%1 (همین فروشگاه)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="79" />
            <source>Another store</source>
            <translation>فروشگاه دیگر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="121" />
            <source>a colleague</source>
            <comment>inside a sentence: staff whose name is not here yet</comment>
            <translation>یکی از همکاران</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="122" />
            <source>A colleague</source>
            <comment>on its own: staff whose name is not here yet</comment>
            <translation>یکی از همکاران</translation>
        </message>
    </context>
    <context>
        <name>NotesCard</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="355" />
            <source>Notes</source>
            <translation>یادداشت‌ها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="358" />
            <source>Add a note for colleagues (Ctrl+Enter to save)</source>
            <translation>افزودن یادداشت برای همکاران (Ctrl+Enter برای ذخیره)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="359" />
            <source>New note</source>
            <translation>یادداشت جدید</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="359" />
            <source>For colleagues; Ctrl+Enter saves it</source>
            <translation>برای همکاران؛ Ctrl+Enter آن را ذخیره می‌کند</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="361" />
            <source>Add note</source>
            <translation>افزودن یادداشت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="384" />
            <source>No notes yet.</source>
            <translation>هنوز یادداشتی ثبت نشده است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="394" />
            <source>at %1</source>
            <translation>در فروشگاه %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="395" />
            <source>at another store</source>
            <translation>در فروشگاه دیگر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="399" />
            <source>Waiting to sync</source>
            <translation>در انتظار همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="400" />
            <source>Saved on this computer; it reaches the server when the connection is back.</source>
            <translation>روی این رایانه ذخیره شده است؛ با برقراری اتصال به سرور می‌رسد.</translation>
        </message>
    </context>
    <context>
        <name>OrderForPickupDialog</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="176" />
            <source>Order for pickup at…</source>
            <translation>سفارش برای دریافت در…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="177" />
            <source>Order for the customer to collect at a store</source>
            <translation>سفارش برای دریافت مشتری در یک فروشگاه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="179" />
            <source>Collect at</source>
            <translation>محل دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="180" />
            <source>Place the order</source>
            <translation>ثبت سفارش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="181" />
            <source>Paid when the customer collects. The store holds the stock once the order reaches it.</source>
            <translation>پرداخت هنگام دریافت. فروشگاه وقتی سفارش به آن برسد کالا را کنار می‌گذارد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="203" />
            <source>This computer has not seen this store's stock of the product: the order may be refused if it has none.</source>
            <translation>این رایانه موجودی این فروشگاه را از این کالا ندیده است: اگر موجود نداشته باشد ممکن است سفارش رد شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="207" />
            <source>When last seen, this store had only %1: the order may be refused.</source>
            <translation>آخرین بار که دیده شد، این فروشگاه فقط %1 عدد داشت: ممکن است سفارش رد شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="217" />
            <source>Choose the store where the customer collects.</source>
            <translation>فروشگاهی را که مشتری سفارش را از آن دریافت می‌کند انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="221" />
            <source>%1 has only %2 available: order fewer, or choose another store.</source>
            <translation>%1 فقط %2 عدد موجود دارد: تعداد کمتری سفارش دهید یا فروشگاه دیگری انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="229" />
            <source>Order placed for pickup at %1. It shows as waiting to sync until the store server has it.</source>
            <translation>سفارش برای دریافت در %1 ثبت شد. تا وقتی سرور فروشگاه آن را دریافت کند، در انتظار همگام‌سازی نشان داده می‌شود.</translation>
        </message>
    </context>
    <context>
        <name>OrderForms</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="66" />
            <source>Customer</source>
            <translation>مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="70" />
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="76" />
            <source>Quantity</source>
            <translation>تعداد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="70" />
            <source>1 to 99</source>
            <translation>۱ تا ۹۹</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="81" />
            <source>Cancel</source>
            <translation>انصراف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="124" />
            <source>Choose the customer first.</source>
            <translation>ابتدا مشتری را انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="127" />
            <source>The quantity is 1 to 99.</source>
            <translation>تعداد باید ۱ تا ۹۹ باشد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="130" />
            <source>Sign in again to do this.</source>
            <translation>برای این کار دوباره وارد شوید.</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryModel</name>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Order</source>
            <translation>سفارش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Channel</source>
            <translation>کانال</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>How</source>
            <translation>نحوه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="198" />
            <source>Total</source>
            <translation>جمع</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="221" />
            <source>Placed on this computer; the order number comes when the store server has it.</source>
            <translation>در این رایانه ثبت شد؛ شمارهٔ سفارش وقتی سرور فروشگاه آن را دریافت کند می‌آید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="237" />
            <source>Waiting to sync</source>
            <translation>در انتظار همگام‌سازی</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryView</name>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="290" />
            <source>Order history</source>
            <translation>سابقهٔ سفارش‌ها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="290" />
            <source>Every order across channels; Right arrow opens its lines</source>
            <translation>همهٔ سفارش‌ها از همهٔ کانال‌ها؛ کلید جهت راست اقلام سفارش را باز می‌کند</translation>
        </message>
    </context>
    <context>
        <name>OverviewCards</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="157" />
            <source>Lifetime value</source>
            <translation>ارزش کل خرید</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="158" />
            <source>Orders</source>
            <translation>سفارش‌ها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="159" />
            <source>Channels used</source>
            <translation>کانال‌های استفاده‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="160" />
            <source>Open pickups here</source>
            <translation>دریافت حضوری باز در اینجا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="161" />
            <source>Active cart</source>
            <translation>سبد خرید فعال</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="206" />
            <source>Last: %1</source>
            <translation>آخرین: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="227" />
            <source>Open this pickup</source>
            <translation>باز کردن این سفارش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="232" />
            <source>None</source>
            <translation>ندارد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="236" />
            <source>Items: %1</source>
            <translation>تعداد کالا: %1</translation>
        </message>
    </context>
    <context>
        <name>PendingModel</name>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>What</source>
            <translation>اقدام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>Customer</source>
            <translation>مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>By</source>
            <translation>انجام‌دهنده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/activity/items.py" line="104" />
            <source>Tried %n time(s)</source>
            <translation>
                <numerusform>%n بار تلاش شد</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="107" />
            <source>Sending…</source>
            <translation>در حال ارسال…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="108" />
            <source>Held</source>
            <translation>نگه‌داشته‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="109" />
            <source>Not sent yet</source>
            <translation>هنوز ارسال نشده</translation>
        </message>
    </context>
    <context>
        <name>PickupDeadline</name>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="67" />
            <source>overdue %1</source>
            <translation>%1 تأخیر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="67" />
            <source>ready in %1</source>
            <translation>آماده‌سازی تا %1 دیگر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="69" />
            <source>past collect-by %1</source>
            <translation>%1 گذشته از مهلت دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="69" />
            <source>collect within %1</source>
            <translation>دریافت تا %1 دیگر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="76" />
            <source>picked up %1</source>
            <translation>دریافت ساعت %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="76" />
            <source>cancelled %1</source>
            <translation>لغو ساعت %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="76" />
            <source>no-show %1</source>
            <translation>عدم مراجعه ساعت %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="77" />
            <source>restocked %1</source>
            <translation>برگشت به موجودی ساعت %1</translation>
        </message>
    </context>
    <context>
        <name>PickupDetail</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="54" />
            <source>Select an order to see its items, deadlines and what to do next.</source>
            <translation>یک سفارش را انتخاب کنید تا اقلام، مهلت‌ها و قدم بعدی را ببینید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="73" />
            <source>Waiting to sync</source>
            <translation>در انتظار همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="74" />
            <source>Saved on this computer; it reaches the store server when the connection allows.</source>
            <translation>روی این رایانه ذخیره شده است؛ هر وقت اتصال اجازه دهد، به سرور فروشگاه می‌رسد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="88" />
            <source>Start picking</source>
            <translation>شروع جمع‌آوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="89" />
            <source>Mark ready…</source>
            <translation>اعلام آماده بودن…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="90" />
            <source>Hand over…</source>
            <translation>تحویل…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="91" />
            <source>Customer arrived…</source>
            <translation>مراجعهٔ مشتری…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="101" />
            <source>Print slip…</source>
            <translation>چاپ برگهٔ دریافت…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="102" />
            <source>Print bag label…</source>
            <translation>چاپ برچسب کیسه…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="103" />
            <source>The order, customer, items, shelf and deadlines on one page.</source>
            <translation>سفارش، مشتری، اقلام، قفسه و مهلت‌ها در یک صفحه.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="104" />
            <source>A label for the bag, with a code to scan at hand-over.</source>
            <translation>برچسبی برای کیسه، با کدی برای اسکن هنگام تحویل.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="118" />
            <location filename="../../clerk_app/ui/pickups/detail.py" line="122" />
            <source>Items</source>
            <translation>اقلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <source>Item</source>
            <translation>کالا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <location filename="../../clerk_app/ui/pickups/detail.py" line="212" />
            <source>Ordered</source>
            <translation>سفارش‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <source>Picked</source>
            <translation>جمع‌آوری‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <source>Collected</source>
            <translation>دریافت‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="134" />
            <source>Messages to the customer</source>
            <translation>پیام‌ها به مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="140" />
            <source>Send reminder</source>
            <translation>ارسال یادآوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="141" />
            <source>Re-send ready notice</source>
            <translation>ارسال دوبارهٔ پیام آماده بودن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="148" />
            <source>Hand-over</source>
            <translation>تحویل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="180" />
            <source>Order %1</source>
            <translation>سفارش %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="184" />
            <source>Customer</source>
            <translation>مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="187" />
            <source>Customer: %1</source>
            <translation>مشتری: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="213" />
            <source>Ready by</source>
            <translation>آماده تا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="215" />
            <source>Ready since</source>
            <translation>آماده از</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="217" />
            <source>Collect by</source>
            <translation>مهلت دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="218" />
            <source>Shelf</source>
            <translation>قفسه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="218" />
            <source>Not on a shelf yet</source>
            <translation>هنوز روی قفسه نیست</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="220" />
            <source>May also collect</source>
            <translation>دریافت‌کنندهٔ جایگزین</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="222" />
            <source>Here since %1</source>
            <translation>حاضر از ساعت %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="225" />
            <source>Customer arrived</source>
            <translation>مراجعهٔ مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="227" />
            <source>Picked up</source>
            <translation>زمان دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="229" />
            <source>Cancelled because</source>
            <translation>دلیل لغو</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="256" />
            <source>Ready notice</source>
            <translation>پیام آماده بودن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="256" />
            <source>Reminder</source>
            <translation>یادآوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="256" />
            <source>Cancellation notice</source>
            <translation>پیام لغو</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="257" />
            <source>by email</source>
            <translation>با ایمیل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="257" />
            <source>by text message</source>
            <translation>با پیامک</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="257" />
            <source>by phone</source>
            <translation>تلفنی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="258" />
            <source>in the app</source>
            <translation>در اپلیکیشن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="262" />
            <source>waiting to sync</source>
            <translation>در انتظار همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="276" />
            <source>None sent yet</source>
            <translation>هنوز پیامی ارسال نشده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="285" />
            <source>someone else</source>
            <translation>شخص دیگر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="289" />
            <source>%1 ending %2</source>
            <translation>%1 منتهی به %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="291" />
            <source>Collected by %1 · %2 · handed over by %3, %4</source>
            <translation>دریافت‌کننده: %1 · %2 · تحویل‌دهنده: %3، %4</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="322" />
            <source>Picking started.</source>
            <translation>جمع‌آوری شروع شد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="325" />
            <source>Reminder queued.</source>
            <translation>یادآوری در صف ارسال قرار گرفت.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="328" />
            <source>Ready notice queued.</source>
            <translation>پیام آماده بودن در صف ارسال قرار گرفت.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="357" />
            <source>Marked ready on shelf %1.</source>
            <translation>آماده بودن روی قفسهٔ %1 ثبت شد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="363" />
            <source>Handed over.</source>
            <translation>تحویل داده شد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="369" />
            <source>Arrival recorded.</source>
            <translation>مراجعه ثبت شد.</translation>
        </message>
    </context>
    <context>
        <name>PickupDialogs</name>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="54" />
            <source>ID card</source>
            <translation>کارت ملی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="54" />
            <source>Driver's licence</source>
            <translation>گواهینامهٔ رانندگی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="55" />
            <source>Passport</source>
            <translation>گذرنامه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="55" />
            <source>Pickup code only</source>
            <translation>فقط کد دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="56" />
            <source>No check</source>
            <translation>بدون بررسی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/widgets.py" line="137" />
            <source>One fewer</source>
            <translation>یکی کمتر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/widgets.py" line="138" />
            <source>One more</source>
            <translation>یکی بیشتر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="74" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="91" />
            <source>Cancel</source>
            <translation>انصراف</translation>
        </message>
    </context>
    <context>
        <name>PickupListModel</name>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Order</source>
            <translation>سفارش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Customer</source>
            <translation>مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Deadline</source>
            <translation>مهلت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="112" />
            <source>Shelf</source>
            <translation>قفسه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="131" />
            <source>Ready by %1</source>
            <translation>آماده تا %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="131" />
            <source>Collect by %1</source>
            <translation>دریافت تا %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="144" />
            <source>was due %1</source>
            <translation>مهلت آن %1 بود</translation>
        </message>
    </context>
    <context>
        <name>PickupQueueModel</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Order</source>
            <translation>سفارش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Customer</source>
            <translation>مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Items</source>
            <translation>اقلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="62" />
            <source>Deadline</source>
            <translation>مهلت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="62" />
            <source>Shelf</source>
            <translation>قفسه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="62" />
            <source>Sync</source>
            <translation>همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="165" />
            <source>Ready by %1</source>
            <translation>آماده تا %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="165" />
            <source>Collect by %1</source>
            <translation>دریافت تا %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="198" />
            <source>Waiting to sync</source>
            <translation>در انتظار همگام‌سازی</translation>
        </message>
    </context>
    <context>
        <name>PickupStatus</name>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="44" />
            <source>New</source>
            <translation>جدید</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="44" />
            <source>Picking</source>
            <translation>در حال جمع‌آوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="45" />
            <source>Ready</source>
            <translation>آماده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="45" />
            <source>Picked up</source>
            <translation>دریافت‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="46" />
            <source>No-show</source>
            <translation>عدم مراجعه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="46" />
            <source>Restocked</source>
            <translation>برگشت به موجودی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="47" />
            <source>Cancelled</source>
            <translation>لغوشده</translation>
        </message>
    </context>
    <context>
        <name>PickupsPage</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="53" />
            <source>Pickups</source>
            <translation>دریافت حضوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="59" />
            <source>Queue</source>
            <translation>صف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="60" />
            <source>Reminders</source>
            <translation>یادآوری‌ها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="61" />
            <source>Ready orders not collected after a number of hours: remind their customers in one go.</source>
            <translation>سفارش‌های آماده‌ای که پس از چند ساعت دریافت نشده‌اند: به مشتریانشان یکجا یادآوری کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="87" />
            <source>Pickup queue</source>
            <translation>صف دریافت حضوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="87" />
            <source>The selected order shows beside the list</source>
            <translation>سفارش انتخاب‌شده کنار فهرست نمایش داده می‌شود</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="131" />
            <source>New</source>
            <translation>جدید</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="131" />
            <source>Picking</source>
            <translation>در حال جمع‌آوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="131" />
            <source>Ready</source>
            <translation>آماده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="132" />
            <source>Overdue</source>
            <translation>با تأخیر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="132" />
            <source>Past collect-by</source>
            <translation>گذشته از مهلت دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="133" />
            <source>Done today</source>
            <translation>انجام‌شده امروز</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/page.py" line="162" />
            <source>%n open</source>
            <translation>
                <numerusform>%n باز</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/page.py" line="164" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n با تأخیر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/page.py" line="165" />
            <source>%n done today</source>
            <translation>
                <numerusform>%n انجام‌شده امروز</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="170" />
            <source>No new orders. New web orders appear here by themselves.</source>
            <translation>سفارش جدیدی نیست. سفارش‌های اینترنتی جدید خودبه‌خود اینجا نمایش داده می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="171" />
            <source>Nothing is being picked right now.</source>
            <translation>در حال حاضر سفارشی در حال جمع‌آوری نیست.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="172" />
            <source>No orders are waiting on the shelf.</source>
            <translation>هیچ سفارشی روی قفسه منتظر نیست.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="173" />
            <source>Nothing is overdue. Well done.</source>
            <translation>هیچ سفارشی تأخیر ندارد. آفرین.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="174" />
            <source>Every ready order is still within its collect-by time.</source>
            <translation>همهٔ سفارش‌های آماده هنوز در مهلت دریافت خود هستند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="175" />
            <source>Nothing handed over, cancelled or missed today yet.</source>
            <translation>امروز هنوز موردی از تحویل، لغو یا عدم مراجعه ثبت نشده است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="335" />
            <source>This order is not in this store's pickup list.</source>
            <translation>این سفارش در فهرست دریافت حضوری این فروشگاه نیست.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="347" />
            <source>Order %1 is %2: it can be handed over once it is ready.</source>
            <translation>وضعیت سفارش %1 «%2» است: پس از آماده شدن می‌توان آن را تحویل داد.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="38" />
            <source>Preferences</source>
            <translation>تنظیمات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="46" />
            <source>Yours</source>
            <translation>مخصوص شما</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="46" />
            <source>Only for you, on this computer.</source>
            <translation>فقط برای شما، در این رایانه.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="47" />
            <source>This counter</source>
            <translation>این پیشخوان</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="47" />
            <source>For everyone who uses this computer.</source>
            <translation>برای همهٔ کسانی که از این رایانه استفاده می‌کنند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="82" />
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="82" />
            <source>Digits</source>
            <translation>ارقام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="82" />
            <source>Calendar</source>
            <translation>تقویم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="83" />
            <source>Theme</source>
            <translation>پوسته</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="83" />
            <source>Text size</source>
            <translation>اندازهٔ متن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="84" />
            <source>Lock after (idle minutes)</source>
            <translation>قفل پس از (دقیقه‌های بی‌کاری)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="85" />
            <source>Remind customers after (hours)</source>
            <translation>یادآوری به مشتریان پس از (ساعت)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="86" />
            <source>Printer for slips and labels</source>
            <translation>چاپگر برگه‌ها و برچسب‌ها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="86" />
            <source>Bag label size</source>
            <translation>اندازهٔ برچسب کیسه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="87" />
            <source>Scanner prefix</source>
            <translation>پیشوند اسکنر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="87" />
            <source>Scanner suffix</source>
            <translation>پسوند اسکنر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="88" />
            <source>Layout</source>
            <translation>چیدمان</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="93" />
            <source>The store's language</source>
            <translation>زبان فروشگاه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="95" />
            <source>The language's usual digits</source>
            <translation>ارقام معمول این زبان</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="95" />
            <source>The language's own digits</source>
            <translation>ارقام خود زبان</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="96" />
            <source>Latin digits (0-9)</source>
            <translation>ارقام لاتین (0-9)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="98" />
            <source>The language's usual calendar</source>
            <translation>تقویم معمول این زبان</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="98" />
            <source>Gregorian</source>
            <translation>میلادی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="99" />
            <source>Solar Hijri</source>
            <translation>هجری خورشیدی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="99" />
            <source>Hijri (civil)</source>
            <translation>هجری قمری (مدنی)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="101" />
            <source>As this computer is set</source>
            <translation>مطابق تنظیم این رایانه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="101" />
            <source>Light</source>
            <translation>روشن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="101" />
            <source>Dark</source>
            <translation>تیره</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="102" />
            <source>High contrast</source>
            <translation>کنتراست بالا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="104" />
            <source>%1 %</source>
            <translation>%1٪</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="107" />
            <source>%1 × %2 mm</source>
            <translation>%1 × %2 میلی‌متر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="111" />
            <source>Chosen by the screen</source>
            <translation>بر اساس صفحه‌نمایش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="111" />
            <source>Touch</source>
            <translation>لمسی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="112" />
            <source>Mouse and keyboard</source>
            <translation>موس و صفحه‌کلید</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="114" />
            <source>This computer's default printer</source>
            <translation>چاپگر پیش‌فرض این رایانه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="167" />
            <source>Choose a number from %1 to %2.</source>
            <translation>عددی از %1 تا %2 انتخاب کنید.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="170" />
            <source>Use at most %n character(s), none of them invisible.</source>
            <translation>
                <numerusform>حداکثر %n نویسه، بدون نویسهٔ نامرئی.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="172" />
            <source>Choose one of the listed values.</source>
            <translation>یکی از مقدارهای فهرست را انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="173" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="199" />
            <source>Your preferences could not be saved on this computer. Nothing you chose is lost: try Save again, or tell IT if it keeps happening.</source>
            <translation>تنظیمات شما در این رایانه ذخیره نشد. چیزی از انتخاب‌هایتان از دست نرفته است: دوباره «ذخیره» را بزنید، یا اگر تکرار شد به واحد فناوری اطلاعات خبر دهید.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="114" />
            <source>Or: %1</source>
            <translation>یا: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="121" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="230" />
            <source>Shelf</source>
            <translation>قفسه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="122" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="159" />
            <source>Items</source>
            <translation>اقلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="129" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="229" />
            <source>Collect by</source>
            <translation>مهلت دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="135" />
            <source>Scan at hand-over</source>
            <translation>هنگام تحویل اسکن شود</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="151" />
            <source>Printed %1</source>
            <translation>چاپ: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="168" />
            <source>Continued on the next page</source>
            <translation>ادامه در صفحهٔ بعد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="181" />
            <source>Page %1 of %2</source>
            <translation>صفحهٔ %1 از %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="192" />
            <source>Scan to open the order</source>
            <translation>برای باز کردن سفارش اسکن کنید</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="198" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="305" />
            <location filename="../../clerk_app/ui/printing/printer.py" line="198" />
            <source>Pickup slip</source>
            <translation>برگهٔ دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="199" />
            <source>Order</source>
            <translation>سفارش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="215" />
            <source>Customer</source>
            <translation>مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="217" />
            <source>May also collect</source>
            <translation>دریافت‌کنندهٔ جایگزین</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="227" />
            <source>Ordered</source>
            <translation>ثبت سفارش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="228" />
            <source>Ready by</source>
            <translation>آماده تا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="229" />
            <source>Set when ready</source>
            <translation>پس از آماده شدن تعیین می‌شود</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="230" />
            <source>Not on a shelf yet</source>
            <translation>هنوز روی قفسه نیست</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="247" />
            <source>Item</source>
            <translation>کالا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="247" />
            <source>SKU</source>
            <translation>کد کالا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="248" />
            <source>Ordered</source>
            <comment>the quantity ordered, a column of counts</comment>
            <translation>سفارش‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="249" />
            <source>Picked</source>
            <translation>جمع‌آوری‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="275" />
            <source>Total</source>
            <translation>جمع</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="288" />
            <source>Hand-over</source>
            <translation>تحویل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="289" />
            <source>Check the customer's pickup code in Clerk before handing anything over.</source>
            <translation>پیش از تحویل هر چیزی، کد دریافت مشتری را در کلرک بررسی کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="292" />
            <source>Collected by (name)</source>
            <translation>دریافت‌کننده (نام)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="292" />
            <source>ID checked (type, last 4)</source>
            <translation>مدرک بررسی‌شده (نوع، ۴ نویسهٔ آخر)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="293" />
            <source>Date and time</source>
            <translation>تاریخ و ساعت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="293" />
            <source>Handed over by</source>
            <translation>تحویل‌دهنده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="301" />
            <source>Customer signature</source>
            <translation>امضای مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="198" />
            <source>Bag label</source>
            <translation>برچسب کیسه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="291" />
            <source>Print preview — %1</source>
            <translation>پیش‌نمایش چاپ — %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="298" />
            <source>Save as PDF…</source>
            <translation>ذخیره به‌صورت PDF…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="307" />
            <source>Save as PDF</source>
            <translation>ذخیره به‌صورت PDF</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="308" />
            <source>PDF files (*.pdf)</source>
            <translation>فایل‌های PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="314" />
            <source>The PDF could not be saved to %1. Choose another folder.</source>
            <translation>PDF در %1 ذخیره نشد. پوشهٔ دیگری انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="317" />
            <source>Saved %1.</source>
            <translation>%1 ذخیره شد.</translation>
        </message>
    </context>
    <context>
        <name>ProductView</name>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="86" />
            <location filename="../../clerk_app/ui/stock/view.py" line="306" />
            <source>Order for pickup at…</source>
            <translation>سفارش برای دریافت حضوری در…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="87" />
            <source>Order this product for the customer to collect at a store</source>
            <translation>سفارش این کالا تا مشتری آن را در یکی از فروشگاه‌ها تحویل بگیرد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="89" />
            <source>Add to the customer's online cart</source>
            <translation>افزودن به سبد خرید آنلاین مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="90" />
            <source>The customer can buy it online later</source>
            <translation>مشتری می‌تواند بعداً آن را آنلاین بخرد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="101" />
            <source>This store</source>
            <translation>این فروشگاه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="107" />
            <location filename="../../clerk_app/ui/stock/view.py" line="132" />
            <source>Available</source>
            <translation>قابل فروش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="108" />
            <source>On hand</source>
            <translation>موجودی فیزیکی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="109" />
            <source>Reserved</source>
            <translation>رزروشده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="121" />
            <source>Stores</source>
            <translation>فروشگاه‌ها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="131" />
            <source>Stock in other stores</source>
            <translation>موجودی در فروشگاه‌های دیگر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="132" />
            <source>Store</source>
            <translation>فروشگاه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="132" />
            <source>City</source>
            <translation>شهر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="181" />
            <source>This store has no stock record for this product on this computer.</source>
            <translation>روی این رایانه سابقهٔ موجودی این کالا برای این فروشگاه نیست.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="187" />
            <source>As of %1</source>
            <translation>به‌روز تا %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="188" />
            <source>Offline — as of %1</source>
            <translation>آفلاین — به‌روز تا %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="229" />
            <source>Live · checked %1</source>
            <translation>زنده · بررسی‌شده در %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="231" />
            <source>Every store's stock, from the store server.</source>
            <translation>موجودی همهٔ فروشگاه‌ها، از سرور فروشگاه.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="233" />
            <source>Checking…</source>
            <translation>در حال بررسی…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="235" />
            <source>Asking the store server for every store's stock…</source>
            <translation>در حال پرسیدن موجودی همهٔ فروشگاه‌ها از سرور فروشگاه…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="237" />
            <source>Asking the store server; until it answers, as last seen at %1.</source>
            <translation>در حال پرسیدن از سرور فروشگاه؛ تا پاسخ برسد، آخرین وضعیت دیده‌شده در %1 نمایش داده می‌شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="241" />
            <source>Other stores can't be checked now: this computer is offline.</source>
            <translation>اکنون نمی‌توان موجودی فروشگاه‌های دیگر را بررسی کرد: این رایانه آفلاین است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="242" />
            <source>Other stores could not be checked just now.</source>
            <translation>بررسی فروشگاه‌های دیگر همین حالا ممکن نشد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="244" />
            <source>Not checked</source>
            <translation>بررسی نشده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="246" />
            <source>They were not looked up on this computer yet.</source>
            <translation>هنوز روی این رایانه بررسی نشده‌اند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="248" />
            <source>Last seen %1</source>
            <translation>آخرین وضعیت: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="250" />
            <source>Below: as last seen at %1; it may have changed.</source>
            <translation>در پایین: آخرین وضعیت دیده‌شده در %1؛ ممکن است تغییر کرده باشد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="267" />
            <source>%1 (this store)</source>
            <translation>%1 (این فروشگاه)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="304" />
            <source>Order for pickup at %1</source>
            <translation>سفارش برای دریافت حضوری در %1</translation>
        </message>
    </context>
    <context>
        <name>RemindersModel</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Order</source>
            <translation>سفارش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Customer</source>
            <translation>مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Ready since</source>
            <translation>آماده از</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Last reminder</source>
            <translation>آخرین یادآوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="71" />
            <source>Reminders sent</source>
            <translation>یادآوری‌های ارسال‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="167" />
            <source>%1 ago</source>
            <translation>%1 پیش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="170" />
            <source>Queued, waiting to sync</source>
            <translation>در صف، در انتظار همگام‌سازی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="171" />
            <source>Never</source>
            <translation>هرگز</translation>
        </message>
    </context>
    <context>
        <name>RemindersView</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="206" />
            <source>Ready and not collected after</source>
            <translation>آماده و دریافت‌نشده پس از</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="212" />
            <source>Ready and not collected after, in hours</source>
            <translation>آماده و دریافت‌نشده پس از، به ساعت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="213" />
            <source>Hours since the order was ready</source>
            <translation>تعداد ساعت‌های گذشته از آماده شدن سفارش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="216" />
            <source>hours</source>
            <translation>ساعت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="224" />
            <source>Select all</source>
            <translation>انتخاب همه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="225" />
            <source>Select none</source>
            <translation>لغو انتخاب همه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="239" />
            <source>Orders to remind</source>
            <translation>سفارش‌هایی برای یادآوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="239" />
            <source>Space ticks or unticks an order</source>
            <translation>کلید فاصله سفارش را علامت می‌زند یا علامتش را برمی‌دارد</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="260" />
            <source>%n order(s) waiting</source>
            <translation>
                <numerusform>%n سفارش در انتظار</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="261" />
            <source>Ticked: customers not reminded in the last %n hour(s). Reminders are queued on this computer and sent when the connection allows. Double-click an order to open it.</source>
            <translation>
                <numerusform>علامت‌خورده‌ها: مشتریانی که در %n ساعت گذشته یادآوری نگرفته‌اند. یادآوری‌ها روی این رایانه در صف قرار می‌گیرند و هر وقت اتصال اجازه دهد ارسال می‌شوند. برای باز کردن سفارش، روی آن دوبار کلیک کنید.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="264" />
            <source>Every ready order was collected within %n hour(s) of being ready. Nobody to remind.</source>
            <translation>
                <numerusform>همهٔ سفارش‌های آماده ظرف %n ساعت پس از آماده شدن دریافت شدند. نیازی به یادآوری نیست.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="290" />
            <source>Send reminder to %n customer(s)</source>
            <translation>
                <numerusform>ارسال یادآوری به %n مشتری</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="327" />
            <source>Reminders queued for %n customer(s).</source>
            <translation>
                <numerusform>یادآوری برای %n مشتری در صف ارسال قرار گرفت.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="329" />
            <source>%n order(s) skipped: no longer waiting on the shelf.</source>
            <translation>
                <numerusform>%n سفارش کنار گذاشته شد: دیگر روی قفسه منتظر نیست.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsList</name>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="42" />
            <source>Customers found</source>
            <translation>مشتریان یافته‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="42" />
            <source>Enter opens the customer</source>
            <translation>Enter مشتری را باز می‌کند</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="51" />
            <source>Pickup %1 is not in this store's list.</source>
            <translation>سفارش دریافت حضوری %1 در فهرست این فروشگاه نیست.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="84" />
            <source>Scanned “%1”: this is not a pickup code, a bag label, an order number, a loyalty card or a product barcode.</source>
            <translation>«%1» اسکن شد: این کد دریافت، برچسب کیسه، شمارهٔ سفارش، کارت باشگاه مشتریان یا بارکد کالا نیست.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="88" />
            <source>No product with barcode %1 on this computer. Clerk can look it up once it is back online.</source>
            <translation>کالایی با بارکد %1 روی این رایانه نیست. کلرک پس از آنلاین شدن می‌تواند آن را جستجو کند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="97" />
            <source>No product has the barcode %1. Check the label, or search the product by its name on the Stock page.</source>
            <translation>هیچ کالایی بارکد %1 ندارد. برچسب را بررسی کنید یا کالا را با نامش در صفحهٔ موجودی جستجو کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="101" />
            <source>Product %1 could not be looked up just now. Try again in a moment.</source>
            <translation>جستجوی کالای %1 همین حالا ممکن نشد. کمی بعد دوباره تلاش کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="115" />
            <source>No order %1 on this computer.</source>
            <translation>سفارش %1 روی این رایانه نیست.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="116" />
            <source>No loyalty card %1 on this computer.</source>
            <translation>کارت باشگاه مشتریان %1 روی این رایانه نیست.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="118" />
            <source>Clerk will find it once it is back online.</source>
            <translation>کلرک پس از آنلاین شدن دوباره آن را پیدا می‌کند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="126" />
            <source>No order %1 was found.</source>
            <translation>سفارش %1 پیدا نشد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="127" />
            <source>No loyalty card %1 was found.</source>
            <translation>کارت باشگاه مشتریان %1 پیدا نشد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="38" />
            <source>Search name, email, phone, loyalty card or order number — or scan  (Ctrl+K)</source>
            <translation>جستجوی نام، ایمیل، تلفن، کارت باشگاه مشتریان یا شمارهٔ سفارش — یا اسکن  (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="40" />
            <source>Search</source>
            <translation>جست‌وجو</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="40" />
            <source>Name, email, phone, loyalty card or order number; a scan opens its record. Down arrow: the results.</source>
            <translation>نام، ایمیل، تلفن، کارت وفاداری یا شمارهٔ سفارش؛ اسکن، پرونده‌اش را باز می‌کند. کلید جهت پایین: نتیجه‌ها.</translation>
        </message>
    </context>
    <context>
        <name>SetByIT</name>
        <message>
            <location filename="../../clerk_app/ui/common/set_by_it.py" line="12" />
            <source>Set by your IT department</source>
            <translation>تنظیم‌شده توسط بخش فناوری اطلاعات</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="64" />
            <source>Clerk</source>
            <translation>کلرک</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="112" />
            <location filename="../../clerk_app/ui/session/signin.py" line="113" />
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="138" />
            <source>Your staff username</source>
            <translation>نام کاربری شما در فروشگاه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="140" />
            <source>The store server can't be reached. If you signed in on this computer recently, your password still works.</source>
            <translation>دسترسی به سرور فروشگاه ممکن نیست. اگر اخیراً روی این رایانه وارد شده‌اید، رمز عبورتان همچنان کار می‌کند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="145" />
            <source>&amp;Username</source>
            <translation>&amp;نام کاربری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="146" />
            <location filename="../../clerk_app/ui/session/signin.py" line="179" />
            <source>&amp;Password</source>
            <translation>&amp;رمز عبور</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="148" />
            <location filename="../../clerk_app/ui/session/signin.py" line="260" />
            <source>Sign in</source>
            <translation>ورود</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="169" />
            <source>Screen locked</source>
            <translation>صفحه قفل است</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="181" />
            <location filename="../../clerk_app/ui/session/signin.py" line="261" />
            <source>Unlock</source>
            <translation>باز کردن قفل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="183" />
            <source>Switch staff</source>
            <translation>تغییر کاربر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="184" />
            <source>Sign this person out so someone else can sign in</source>
            <translation>خروج این شخص تا فرد دیگری بتواند وارد شود</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="197" />
            <source>Manager</source>
            <translation>مدیر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="197" />
            <location filename="../../clerk_app/ui/session/signin.py" line="198" />
            <source>Associate</source>
            <translation>فروشنده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="207" />
            <source>Demo staff: choose one, then press Enter</source>
            <translation>کارکنان دمو: یکی را انتخاب کنید، سپس Enter را بزنید</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="212" />
            <source>Username: %1</source>
            <translation>نام کاربری: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="238" />
            <source> · signed in offline</source>
            <translation> · ورود آفلاین</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="277" />
            <source>Enter your username and password.</source>
            <translation>نام کاربری و رمز عبور خود را وارد کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="292" />
            <source>Signing in…</source>
            <translation>در حال ورود…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="310" />
            <source>Signed in offline. Look-ups on the store server wait for the connection; what you do is saved here and syncs when it is back.</source>
            <translation>به‌صورت آفلاین وارد شدید. جستجو در سرور فروشگاه منتظر اتصال می‌ماند؛ کارهای شما همین‌جا ذخیره و با برقراری اتصال همگام‌سازی می‌شود.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/signin.py" line="318" />
            <source>Too many wrong passwords. Sign-in for this username is locked for %n minute(s).</source>
            <translation>
                <numerusform>رمز عبور چندین بار اشتباه وارد شد. ورود با این نام کاربری به مدت %n دقیقه قفل شده است.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="321" />
            <source>This staff member is not on the staff of this store, so they can't sign in on this computer.</source>
            <translation>این شخص جزو کارکنان این فروشگاه نیست، بنابراین نمی‌تواند روی این رایانه وارد شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="324" />
            <source>That username and password don't match. Check them and try again.</source>
            <translation>نام کاربری و رمز عبور مطابقت ندارند. آن‌ها را بررسی کنید و دوباره تلاش کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="331" />
            <source>That password doesn't match. The store server can't be reached, so Clerk checked it on this computer.</source>
            <translation>رمز عبور مطابقت ندارد. چون دسترسی به سرور فروشگاه ممکن نیست، کلرک آن را روی این رایانه بررسی کرد.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/signin.py" line="334" />
            <source>Too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>رمز عبور چندین بار اشتباه وارد شد. %n دقیقهٔ دیگر دوباره تلاش کنید.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/signin.py" line="336" />
            <source>%1 hasn't signed in on this computer in the last %n hour(s), so the password can't be checked until the store server can be reached again.</source>
            <translation>
                <numerusform>%1 در %n ساعت گذشته روی این رایانه وارد نشده است؛ بنابراین تا برقراری دوبارهٔ دسترسی به سرور فروشگاه، رمز عبور قابل بررسی نیست.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="340" />
            <source>The store server can't be reached and your password can't be checked on this computer. Try again when the connection is back, or choose Switch staff.</source>
            <translation>دسترسی به سرور فروشگاه ممکن نیست و رمز عبور شما روی این رایانه قابل بررسی نیست. وقتی اتصال برقرار شد دوباره تلاش کنید، یا «تغییر کاربر» را انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="342" />
            <source>Signing in didn't work. Please try again.</source>
            <translation>ورود انجام نشد. لطفاً دوباره تلاش کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="353" />
            <source>Enter your password to unlock.</source>
            <translation>برای باز کردن قفل، رمز عبور خود را وارد کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="365" />
            <source>Checking…</source>
            <translation>در حال بررسی…</translation>
        </message>
    </context>
    <context>
        <name>Splash</name>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="113" />
            <source>Clerk</source>
            <translation>کلرک</translation>
        </message>
    </context>
    <context>
        <name>StockPage</name>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="66" />
            <source>Stock</source>
            <translation>موجودی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="68" />
            <location filename="../../clerk_app/ui/stock/page.py" line="70" />
            <source>Product name, SKU or barcode</source>
            <translation>نام کالا، کد کالا یا بارکد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="70" />
            <source>Search products</source>
            <translation>جست‌وجوی کالا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="81" />
            <source>Products found</source>
            <translation>کالاهای یافته‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="103" />
            <source>Find a product</source>
            <translation>جستجوی کالا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="105" />
            <source>Type a product's name, SKU or barcode — or scan its barcode on any screen.</source>
            <translation>نام، کد کالا یا بارکد کالا را تایپ کنید — یا بارکد آن را در هر صفحه‌ای اسکن کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="123" />
            <source>Product %1 is not on this computer.</source>
            <translation>کالای %1 روی این رایانه نیست.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="169" />
            <source>From the store server</source>
            <translation>از سرور فروشگاه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="213" />
            <source>Search results appear here.</source>
            <translation>نتایج جستجو اینجا نمایش داده می‌شود.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="216" />
            <source>Found: %1</source>
            <translation>پیدا شد: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="216" />
            <source>No product found</source>
            <translation>کالایی پیدا نشد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="218" />
            <source>on this computer · asking the server…</source>
            <translation>روی این رایانه · در حال پرسیدن از سرور…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="220" />
            <source>%1 more from the server</source>
            <translation>%1 مورد دیگر از سرور</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="221" />
            <source>on this computer and the server</source>
            <translation>روی این رایانه و سرور</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="223" />
            <source>on this computer (the server could not be asked)</source>
            <translation>روی این رایانه (پرسیدن از سرور ممکن نشد)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="226" />
            <source>on this computer (offline)</source>
            <translation>روی این رایانه (آفلاین)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="226" />
            <source>on this computer</source>
            <translation>روی این رایانه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="248" />
            <source>No product found for “%1”.</source>
            <translation>کالایی برای «%1» پیدا نشد.</translation>
        </message>
    </context>
    <context>
        <name>StockText</name>
        <message>
            <location filename="../../clerk_app/ui/stock/text.py" line="44" />
            <source>Store %1</source>
            <translation>فروشگاه %1</translation>
        </message>
    </context>
    <context>
        <name>StoreChoice</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="73" />
            <source>Store to collect from</source>
            <translation>فروشگاه محل دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="74" />
            <source>Store</source>
            <translation>فروشگاه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="74" />
            <source>Available</source>
            <translation>موجود</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="74" />
            <source>Seen</source>
            <translation>زمان مشاهده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="88" />
            <source>Checking the stock of every store…</source>
            <translation>در حال بررسی موجودی همهٔ فروشگاه‌ها…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="132" />
            <source>%1 (this store)</source>
            <translation>%1 (همین فروشگاه)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="138" />
            <source>Not seen yet</source>
            <translation>هنوز دیده نشده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="140" />
            <source>Live</source>
            <translation>لحظه‌ای</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="142" />
            <source>As of %1</source>
            <translation>به‌روز تا %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="147" />
            <source>None available at this store</source>
            <translation>در این فروشگاه موجود نیست</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="171" />
            <source>Stock of every store, checked just now.</source>
            <translation>موجودی همهٔ فروشگاه‌ها، همین حالا بررسی شد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="173" />
            <source>Offline: stock in other stores is as of %1, when it was last seen.</source>
            <translation>آفلاین: موجودی فروشگاه‌های دیگر مربوط به %1 است، آخرین باری که دیده شد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="176" />
            <source>Offline: this computer has not seen other stores' stock of this product. The order may be refused if the store has none.</source>
            <translation>آفلاین: این رایانه موجودی فروشگاه‌های دیگر را از این کالا ندیده است. اگر فروشگاه موجود نداشته باشد ممکن است سفارش رد شود.</translation>
        </message>
    </context>
    <context>
        <name>activity</name>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="22" />
            <source>New</source>
            <translation>جدید</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="23" />
            <source>Being picked</source>
            <translation>در حال جمع‌آوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="24" />
            <source>Ready for pickup</source>
            <translation>آمادهٔ دریافت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="25" />
            <source>Collected</source>
            <translation>دریافت‌شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="26" />
            <location filename="../../clerk_app/ui/activity/words.py" line="92" />
            <source>Not collected</source>
            <translation>دریافت‌نشده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="27" />
            <source>Restocked</source>
            <translation>برگشت به موجودی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="28" />
            <source>Cancelled</source>
            <translation>لغوشده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="34" />
            <source>order %1</source>
            <translation>سفارش %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="34" />
            <source>an order</source>
            <translation>یک سفارش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="54" />
            <source>Order %1 for pickup at %2</source>
            <translation>سفارش %1 برای دریافت در %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="56" />
            <source>Add %1 to the online cart</source>
            <translation>افزودن %1 به سبد خرید آنلاین</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="58" />
            <source>Start picking %1</source>
            <translation>شروع جمع‌آوری %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="60" />
            <source>Mark %1 ready (shelf %2)</source>
            <translation>اعلام آماده بودن %1 (قفسهٔ %2)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="63" />
            <source>Hand over %1 to %2</source>
            <translation>تحویل %1 به %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="64" />
            <source>Hand over %1</source>
            <translation>تحویل %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="67" />
            <source>Send a reminder for %1</source>
            <translation>ارسال یادآوری برای %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="68" />
            <source>Tell the customer %1 is ready</source>
            <translation>اطلاع به مشتری: %1 آماده است</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="70" />
            <source>Customer arrived for %1</source>
            <translation>مراجعهٔ مشتری برای %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="72" />
            <source>Mark %1 as not collected</source>
            <translation>ثبت %1 به‌عنوان دریافت‌نشده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="74" />
            <source>Put %1 back in stock</source>
            <translation>بازگرداندن %1 به موجودی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="76" />
            <source>Cancel %1</source>
            <translation>لغو %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="78" />
            <source>Note on %1</source>
            <translation>یادداشت برای %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="78" />
            <source>a customer</source>
            <translation>یک مشتری</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/activity/words.py" line="80" />
            <source>Customer views recorded: %n</source>
            <translation>
                <numerusform>ثبت مشاهدهٔ اطلاعات مشتری: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="81" />
            <location filename="../../clerk_app/ui/activity/words.py" line="99" />
            <source>Another change</source>
            <translation>تغییر دیگر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="87" />
            <source>Start picking</source>
            <translation>شروع جمع‌آوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="88" />
            <source>Mark ready</source>
            <translation>اعلام آماده بودن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="89" />
            <source>Hand over</source>
            <translation>تحویل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="90" />
            <source>Customer notice</source>
            <translation>اطلاع‌رسانی به مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="91" />
            <source>Customer arrived</source>
            <translation>مراجعهٔ مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="93" />
            <source>Put back in stock</source>
            <translation>بازگرداندن به موجودی</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="94" />
            <source>Cancel order</source>
            <translation>لغو سفارش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="95" />
            <source>Note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="96" />
            <source>Record of customer views</source>
            <translation>ثبت مشاهدهٔ اطلاعات مشتری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="97" />
            <source>Order for pickup</source>
            <translation>سفارش برای دریافت حضوری</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="98" />
            <source>Add to online cart</source>
            <translation>افزودن به سبد خرید آنلاین</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="121" />
            <source>%1 no longer has enough: %2 available there now.</source>
            <translation>%1 دیگر موجودی کافی ندارد: اکنون %2 عدد آنجا موجود است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="126" />
            <source>This order was cancelled: %1.</source>
            <translation>این سفارش لغو شد: %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="127" />
            <source>Someone else changed this order first: it is now “%1”.</source>
            <translation>شخص دیگری زودتر این سفارش را تغییر داد: وضعیت فعلی آن «%1» است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="129" />
            <source>The pickup code did not match this order.</source>
            <translation>کد دریافت با این سفارش مطابقت نداشت.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="130" />
            <source>Only a manager may do this.</source>
            <translation>فقط مدیر مجاز به این کار است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="131" />
            <source>The store server no longer has this record.</source>
            <translation>این مورد دیگر در سرور فروشگاه وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="132" />
            <source>Someone else changed this record first.</source>
            <translation>شخص دیگری زودتر این مورد را تغییر داد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="133" />
            <source>The store server already has a different version of this action.</source>
            <translation>سرور فروشگاه نسخهٔ دیگری از این اقدام را دارد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="134" />
            <source>The store server does not know this action yet. It is kept here: retry it once the store server is updated.</source>
            <translation>سرور فروشگاه هنوز این اقدام را نمی‌شناسد. اقدام اینجا نگه داشته شده است: پس از به‌روزرسانی سرور فروشگاه دوباره امتحان کنید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="141" />
            <source>The store server did not accept it: %1</source>
            <translation>سرور فروشگاه آن را نپذیرفت: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="142" />
            <source>The store server did not accept it.</source>
            <translation>سرور فروشگاه آن را نپذیرفت.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/app.py" line="129" />
            <source>Generating three stores and %n customer(s)…</source>
            <translation>
                <numerusform>در حال ساخت سه فروشگاه و %n مشتری…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="130" />
            <source>Setting up this computer as a counter of the first store…</source>
            <translation>در حال راه‌اندازی این رایانه به‌عنوان پیشخوان فروشگاه اول…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="202" />
            <source>Preparing the demo store…</source>
            <translation>در حال آماده‌سازی فروشگاه نمایشی…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="207" />
            <location filename="../../clerk_app/ui/app.py" line="329" />
            <source>Opening Clerk…</source>
            <translation>در حال باز کردن کلرک…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="230" />
            <location filename="../../clerk_app/ui/app.py" line="376" />
            <source>Clerk</source>
            <translation>کلرک</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="240" />
            <source>The Clerk demo is already open on this computer.</source>
            <translation>نسخهٔ نمایشی کلرک از قبل روی این رایانه باز است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="244" />
            <source>The demo could not start. The details are in Clerk's log file.</source>
            <translation>نسخهٔ نمایشی اجرا نشد. جزئیات در فایل گزارش کلرک آمده است.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="254" />
            <source>Clerk could not open its secure storage.</source>
            <translation>کلرک نتوانست فضای ذخیره‌سازی امن خود را باز کند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="258" />
            <source>This computer has no secure storage for passwords, so you'll need to sign in again after restarting Clerk.</source>
            <translation>این رایانه فضای ذخیره‌سازی امن برای رمزهای عبور ندارد؛ بنابراین پس از راه‌اندازی دوبارهٔ کلرک باید دوباره وارد شوید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="276" />
            <source>Clerk is already open on this computer. Switch to the open Clerk window.</source>
            <translation>کلرک از قبل روی این رایانه باز است. به پنجرهٔ باز کلرک بروید.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="281" />
            <source>Clerk could not open its saved data.</source>
            <translation>کلرک نتوانست داده‌های ذخیره‌شدهٔ خود را باز کند.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="294" />
            <source>Connecting this computer to the store…</source>
            <translation>در حال اتصال این رایانه به فروشگاه…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/app.py" line="361" />
            <source>The saved data on this computer was damaged and is being downloaded again; actions waiting to sync that were kept: %n.</source>
            <translation>
                <numerusform>داده‌های ذخیره‌شده روی این رایانه آسیب دیده بود و دوباره در حال دریافت است؛ اقدامات در انتظار همگام‌سازی که حفظ شدند: %n.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="364" />
            <source>Some actions waiting to sync could not be read and are lost; check them in the store system.</source>
            <translation>برخی از اقدامات در انتظار همگام‌سازی خوانده نشدند و از دست رفتند؛ آن‌ها را در سامانهٔ فروشگاه بررسی کنید.</translation>
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="13" />
            <source>Online</source>
            <translation>آنلاین</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="14" />
            <source>Offline</source>
            <translation>آفلاین</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="15" />
            <source>Working offline</source>
            <translation>کار آفلاین</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="16" />
            <source>Device signed out</source>
            <translation>دستگاه از سیستم خارج شده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="17" />
            <source>Server trouble</source>
            <translation>اشکال در سرور</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="18" />
            <source>Update Clerk</source>
            <translation>کلرک را به‌روز کنید</translation>
        </message>
    </context>
    <context>
        <name>format</name>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="162" />
            <source>never</source>
            <translation>هرگز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="165" />
            <source>just now</source>
            <translation>همین حالا</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="167" />
            <source>%n min ago</source>
            <translation>
                <numerusform>%n دقیقه پیش</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="169" />
            <source>%n h ago</source>
            <translation>
                <numerusform>%n ساعت پیش</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="170" />
            <source>%n d ago</source>
            <translation>
                <numerusform>%n روز پیش</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="180" />
            <source>%1 d %2 h</source>
            <translation>%1 روز و %2 ساعت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="183" />
            <source>%1 h %2 min</source>
            <translation>%1 ساعت و %2 دقیقه</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="185" />
            <source>%n min</source>
            <translation>
                <numerusform>%n دقیقه</numerusform>
            </translation>
        </message>
    </context>
</TS>
