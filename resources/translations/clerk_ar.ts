<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../clerk_app/ui/common/a11y.py" line="60" />
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
    </context>
    <context>
        <name>ActivityPage</name>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="67" />
            <source>Activity</source>
            <translation>النشاط</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="71" />
            <location filename="../../clerk_app/ui/activity/page.py" line="232" />
            <source>Work offline</source>
            <translation>العمل دون اتصال</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="73" />
            <source>Stop using the network until you choose to sync again (everything you do is kept on this computer)</source>
            <translation>إيقاف استخدام الشبكة حتى تختار المزامنة مجددًا (كل ما تقوم به يُحفظ على هذا الجهاز)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="76" />
            <source>Sync now</source>
            <translation>مزامنة الآن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="77" />
            <location filename="../../clerk_app/ui/activity/page.py" line="235" />
            <source>Send what waits and fetch what is new, right away</source>
            <translation>إرسال ما ينتظر وجلب الجديد فورًا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="96" />
            <location filename="../../clerk_app/ui/activity/page.py" line="101" />
            <source>Waiting to sync</source>
            <translation>بانتظار المزامنة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="97" />
            <source>Done at this counter and saved here; sent to the store server as soon as it can be reached.</source>
            <translation>تم على نقطة البيع هذه وحُفظ هنا؛ يُرسل إلى خادم المتجر فور إمكانية الاتصال به.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="114" />
            <source>Nothing is waiting: everything done here has reached the store server.</source>
            <translation>لا شيء بالانتظار: كل ما تم هنا وصل إلى خادم المتجر.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="123" />
            <source>Conflicts</source>
            <translation>التعارضات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="124" />
            <source>Actions the store server could not apply, and what it says now. Decide for each: open the record, try again, or dismiss it.</source>
            <translation>إجراءات لم يتمكن خادم المتجر من تطبيقها، وما يظهره الآن. اختر لكل منها: فتح السجل أو إعادة المحاولة أو تجاهله.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="136" />
            <source>No conflicts.</source>
            <translation>لا توجد تعارضات.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="143" />
            <location filename="../../clerk_app/ui/activity/page.py" line="147" />
            <source>Sync log</source>
            <translation>سجل المزامنة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="144" />
            <source>What the sync did since Clerk started, newest first.</source>
            <translation>ما قامت به المزامنة منذ تشغيل Clerk، الأحدث أولًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="175" />
            <source>The oldest %1 of %2 are shown.</source>
            <translation>يُعرض أقدم %1 من أصل %2.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="204" />
            <source>Connected to the store server.</source>
            <translation>متصل بخادم المتجر.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="205" />
            <source>The store server cannot be reached; Clerk keeps trying.</source>
            <translation>تعذّر الوصول إلى خادم المتجر؛ يواصل Clerk المحاولة.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="206" />
            <source>Working offline: nothing is sent until you sync again.</source>
            <translation>العمل دون اتصال: لن يُرسل شيء حتى تزامن مجددًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="207" />
            <source>The store server no longer accepts this computer.</source>
            <translation>لم يعد خادم المتجر يقبل هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="208" />
            <source>The store server answers with errors; Clerk keeps trying.</source>
            <translation>يرد خادم المتجر بأخطاء؛ يواصل Clerk المحاولة.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="209" />
            <source>The store server needs a newer Clerk: nothing is sent until Clerk is updated on this computer.</source>
            <translation>يحتاج خادم المتجر إلى إصدار أحدث من Clerk: لن يُرسَل شيء حتى يُحدَّث Clerk على هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="216" />
            <source>last synced %1</source>
            <translation>آخر مزامنة %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="217" />
            <source>not synced yet</source>
            <translation>لم تتم المزامنة بعد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="227" />
            <source>Sync requested.</source>
            <translation>تم طلب المزامنة.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="232" />
            <source>Go back online</source>
            <translation>العودة إلى الاتصال</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="234" />
            <source>Go back online first</source>
            <translation>عُد إلى الاتصال أولًا</translation>
        </message>
    </context>
    <context>
        <name>AddToCartDialog</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="238" />
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="239" />
            <source>Add to the customer's online cart</source>
            <translation>إضافة إلى السلة الإلكترونية للعميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="240" />
            <source>Add to cart</source>
            <translation>إضافة إلى السلة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="241" />
            <source>The customer sees it in their cart on the web and in the app, and buys it later.</source>
            <translation>يراه العميل في سلته على الموقع الإلكتروني وفي التطبيق، ويشتريه لاحقًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="247" />
            <source>Offline: the line is added here now and reaches the customer's cart when the connection is back.</source>
            <translation>غير متصل: يُضاف المنتج هنا الآن ويصل إلى سلة العميل عند عودة الاتصال.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="258" />
            <source>Added to the customer's online cart.</source>
            <translation>أُضيف إلى السلة الإلكترونية للعميل.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="78" />
            <source>Manager approval</source>
            <translation>موافقة المدير</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="82" />
            <source>A manager must approve: %1 for order %2</source>
            <translation>يجب أن يوافق مدير على: %1 للطلب %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="93" />
            <source>The manager types their own password</source>
            <translation>يُدخل المدير كلمة المرور الخاصة به</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="101" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="106" />
            <source>A manager must sign in on this computer once before they can approve here. Ask a manager to sign in (Lock, then Switch staff), then try again.</source>
            <translation>يجب أن يسجّل المدير دخوله على هذا الجهاز مرة واحدة قبل أن يتمكن من الموافقة هنا. اطلب من مدير تسجيل الدخول (قفل، ثم تبديل الموظف)، ثم حاول مجددًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="111" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="118" />
            <source>Manager</source>
            <translation>المدير</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="119" />
            <source>Password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="121" />
            <source>The action is recorded in the manager's name.</source>
            <translation>يُسجَّل الإجراء باسم المدير.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="122" />
            <location filename="../../clerk_app/ui/common/approval.py" line="185" />
            <source>Approve</source>
            <translation>موافقة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="145" />
            <source>The manager types their password to approve.</source>
            <translation>يُدخل المدير كلمة المرور للموافقة.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="173" />
            <source>That password doesn't match %1's. Nothing was done.</source>
            <translation>كلمة المرور لا تطابق كلمة مرور %1. لم يُنفَّذ شيء.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/approval.py" line="175" />
            <source>Too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %n دقيقة.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد دقيقة.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد دقيقتين.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %n دقائق.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %n دقيقة.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %n دقيقة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/approval.py" line="177" />
            <source>%1 hasn't signed in on this computer in the last %n hour(s). They need to sign in here once more before they can approve.</source>
            <translation>
                <numerusform>لم يسجّل %1 دخوله على هذا الجهاز خلال آخر %n ساعة. يجب أن يسجّل الدخول هنا مرة أخرى قبل أن يتمكن من الموافقة.</numerusform>
                <numerusform>لم يسجّل %1 دخوله على هذا الجهاز خلال الساعة الأخيرة. يجب أن يسجّل الدخول هنا مرة أخرى قبل أن يتمكن من الموافقة.</numerusform>
                <numerusform>لم يسجّل %1 دخوله على هذا الجهاز خلال آخر ساعتين. يجب أن يسجّل الدخول هنا مرة أخرى قبل أن يتمكن من الموافقة.</numerusform>
                <numerusform>لم يسجّل %1 دخوله على هذا الجهاز خلال آخر %n ساعات. يجب أن يسجّل الدخول هنا مرة أخرى قبل أن يتمكن من الموافقة.</numerusform>
                <numerusform>لم يسجّل %1 دخوله على هذا الجهاز خلال آخر %n ساعة. يجب أن يسجّل الدخول هنا مرة أخرى قبل أن يتمكن من الموافقة.</numerusform>
                <numerusform>لم يسجّل %1 دخوله على هذا الجهاز خلال آخر %n ساعة. يجب أن يسجّل الدخول هنا مرة أخرى قبل أن يتمكن من الموافقة.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="185" />
            <source>Checking…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
    </context>
    <context>
        <name>ArrivalDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="316" />
            <source>Customer arrived</source>
            <translation>وصل العميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="319" />
            <source>%1 is here for order %2</source>
            <translation>%1 هنا لاستلام الطلب %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="322" />
            <source>Note (optional), for example: waiting in the car, blue van</source>
            <translation>ملاحظة (اختيارية)، مثال: ينتظر في السيارة، فان أزرق</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="324" />
            <source>Arrival note</source>
            <translation>ملاحظة الوصول</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="324" />
            <source>Optional, for whoever brings the order out</source>
            <translation>اختيارية، لمن يُحضر الطلب إلى العميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="326" />
            <source>Record arrival</source>
            <translation>تسجيل الوصول</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="69" />
            <source>Close this message</source>
            <translation>إغلاق هذه الرسالة</translation>
        </message>
    </context>
    <context>
        <name>CameraButton</name>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="105" />
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="106" />
            <source>Scan with the camera</source>
            <translation>امسح بالكاميرا</translation>
        </message>
    </context>
    <context>
        <name>CameraScanDialog</name>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="168" />
            <source>Scan with the camera</source>
            <translation>المسح بالكاميرا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="171" />
            <source>Hold the QR code or barcode in front of the camera, a hand's width away.</source>
            <translation>أمسك رمز QR أو الباركود أمام الكاميرا، على بُعد كفّ منها.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="175" />
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="177" />
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="213" />
            <source>Camera</source>
            <translation>الكاميرا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="190" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="199" />
            <source>Scanning with the camera is not available on this computer. Type the code, or use the scanner.</source>
            <translation>المسح بالكاميرا غير متاح على هذا الجهاز. اكتب الرمز أو استخدم الماسح الضوئي.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="209" />
            <source>No camera was found on this computer. Connect one and try again, or type the code.</source>
            <translation>لم يُعثر على كاميرا في هذا الجهاز. وصّل كاميرا وحاول مرة أخرى، أو اكتب الرمز.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="236" />
            <source>Clerk may not use the camera. Allow Clerk to use it in this computer's privacy settings (Camera), then try again.</source>
            <translation>لا يُسمح لـ Clerk باستخدام الكاميرا. اسمح له بذلك من إعدادات الخصوصية في هذا الجهاز (الكاميرا)، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="263" />
            <source>The camera could not be started. Close other apps that may be using it, then try again.</source>
            <translation>تعذّر تشغيل الكاميرا. أغلق التطبيقات الأخرى التي قد تستخدمها، ثم حاول مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="34" />
            <source>The customer asked to cancel</source>
            <translation>طلب العميل الإلغاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="34" />
            <source>Items out of stock or damaged</source>
            <translation>منتجات غير متوفرة أو تالفة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="35" />
            <source>Payment problem</source>
            <translation>مشكلة في الدفع</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="35" />
            <source>Duplicate order</source>
            <translation>طلب مكرر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="35" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="43" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="68" />
            <source>Cancel order</source>
            <translation>إلغاء الطلب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="47" />
            <source>Cancel order %1</source>
            <translation>إلغاء الطلب %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="49" />
            <source>The customer is told the order is cancelled, and its items go back to stock.</source>
            <translation>يُبلَّغ العميل بإلغاء الطلب، وتعود منتجاته إلى المخزون.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="55" />
            <source>Choose a reason…</source>
            <translation>اختر سببًا…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="59" />
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="62" />
            <source>Details (needed for Other)</source>
            <translation>التفاصيل (مطلوبة عند اختيار «أخرى»)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="64" />
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="70" />
            <source>Keep the order</source>
            <translation>الإبقاء على الطلب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="84" />
            <source>Choose why the order is cancelled.</source>
            <translation>اختر سبب إلغاء الطلب.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="86" />
            <source>Say in a few words why the order is cancelled.</source>
            <translation>اذكر باختصار سبب إلغاء الطلب.</translation>
        </message>
    </context>
    <context>
        <name>CartCard</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="253" />
            <source>Online cart</source>
            <translation>السلة الإلكترونية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="276" />
            <source>No online cart.</source>
            <translation>لا توجد سلة إلكترونية.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="279" />
            <source>Active</source>
            <translation>نشطة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="279" />
            <source>Abandoned</source>
            <translation>متروكة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="280" />
            <source>Ordered</source>
            <translation>تم الطلب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="283" />
            <source>%1 · updated %2</source>
            <translation>%1 · آخر تحديث %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>Product</source>
            <translation>المنتج</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>Qty</source>
            <translation>الكمية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>Price</source>
            <translation>السعر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>In this store</source>
            <translation>في هذا المتجر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="302" />
            <source>Waiting to sync</source>
            <translation>بانتظار المزامنة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="303" />
            <source>Added on this computer; it reaches the customer's cart when the connection is back.</source>
            <translation>أُضيف على هذا الجهاز؛ يصل إلى سلة العميل عند عودة الاتصال.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="309" />
            <source>Find in other stores</source>
            <translation>البحث في متاجر أخرى</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="310" />
            <source>See which stores have this product</source>
            <translation>اعرض المتاجر التي يتوفر فيها هذا المنتج</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="312" />
            <source>Order for pickup at…</source>
            <translation>طلب للاستلام من…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="313" />
            <source>Order it for the customer to collect at a store that has it</source>
            <translation>اطلبه ليستلمه العميل من متجر يتوفر فيه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="326" />
            <source>Not stocked here</source>
            <translation>غير متوفر هنا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="328" />
            <source>None available</source>
            <translation>غير متوفر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="330" />
            <source>Only %1 available</source>
            <translation>متوفر %1 فقط</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="332" />
            <source>%1 available</source>
            <translation>متوفر: %1</translation>
        </message>
    </context>
    <context>
        <name>ClerkContext</name>
        <message>
            <location filename="../../clerk_app/ui/common/context.py" line="175" />
            <source>An action could not be applied by the store server. See Activity.</source>
            <translation>تعذّر على خادم المتجر تطبيق أحد الإجراءات. راجع النشاط.</translation>
        </message>
    </context>
    <context>
        <name>ConflictItem</name>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="139" />
            <source>Now:</source>
            <translation>الآن:</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="144" />
            <source>Tried by %1 at %2</source>
            <translation>حاول %1 في %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="149" />
            <source>The store server says: %1</source>
            <translation>يقول خادم المتجر: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="155" />
            <source>Open the record</source>
            <translation>فتح السجل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="158" />
            <source>Retry</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="159" />
            <source>Send the same action again, as you, now</source>
            <translation>إرسال الإجراء نفسه مجددًا باسمك الآن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="162" />
            <source>Dismiss</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="163" />
            <source>Accept the store server's version and remove this from the list</source>
            <translation>قبول نسخة خادم المتجر وإزالة هذا من القائمة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="167" />
            <source>Order again…</source>
            <translation>اطلب مجددًا…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="168" />
            <source>Choose another store, or fewer, for the same customer</source>
            <translation>اختر متجرًا آخر أو كمية أقل للعميل نفسه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="208" />
            <source>Queued again: %1</source>
            <translation>أُعيد إلى قائمة الإرسال: %1</translation>
        </message>
    </context>
    <context>
        <name>ConnectionStatus</name>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="98" />
            <source>Open Activity: what waits to sync, conflicts and the sync log</source>
            <translation>فتح النشاط: ما ينتظر المزامنة والتعارضات وسجل المزامنة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="112" />
            <source>Connected to the store server; changes arrive within a second.</source>
            <translation>متصل بخادم المتجر؛ تصل التغييرات خلال ثانية.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="113" />
            <source>The store server cannot be reached. Keep working: what you do is saved here and syncs when the connection is back.</source>
            <translation>تعذّر الوصول إلى خادم المتجر. تابع العمل: ما تقوم به يُحفظ هنا ويُزامن عند عودة الاتصال.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="115" />
            <source>You chose to work offline. Nothing is sent until you sync again.</source>
            <translation>اخترت العمل دون اتصال. لن يُرسل شيء حتى تزامن مجددًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="116" />
            <source>The store server no longer accepts this computer. A manager must enroll it again.</source>
            <translation>لم يعد خادم المتجر يقبل هذا الجهاز. يجب أن يسجّله مدير من جديد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="117" />
            <source>The store server answers with errors. Clerk keeps retrying; your work is safe.</source>
            <translation>يرد خادم المتجر بأخطاء. يواصل Clerk إعادة المحاولة؛ عملك في أمان.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="118" />
            <source>The store server needs a newer Clerk. Keep working: what you do is saved here and syncs once IT updates Clerk on this computer.</source>
            <translation>يحتاج خادم المتجر إلى إصدار أحدث من Clerk. تابع عملك: ما تقوم به يُحفَظ هنا ويُزامَن بعد أن يحدّث قسم تقنية المعلومات Clerk على هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="137" />
            <source>Synced %1</source>
            <translation>تمت المزامنة %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="138" />
            <source>Not synced yet</source>
            <translation>لم تتم المزامنة بعد</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/main_window.py" line="141" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n إجراء بانتظار المزامنة</numerusform>
                <numerusform>إجراء واحد بانتظار المزامنة</numerusform>
                <numerusform>إجراءان بانتظار المزامنة</numerusform>
                <numerusform>%n إجراءات بانتظار المزامنة</numerusform>
                <numerusform>%n إجراءً بانتظار المزامنة</numerusform>
                <numerusform>%n إجراء بانتظار المزامنة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="141" />
            <source>All synced</source>
            <translation>تمت مزامنة الكل</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/main_window.py" line="143" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n تعارض</numerusform>
                <numerusform>تعارض واحد</numerusform>
                <numerusform>تعارضان</numerusform>
                <numerusform>%n تعارضات</numerusform>
                <numerusform>%n تعارضًا</numerusform>
                <numerusform>%n تعارض</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="145" />
            <source>New conflict: an action was not applied. Activity shows it and your choices.</source>
            <translation>تعارض جديد: لم يُطبَّق أحد الإجراءات. تعرضه صفحة النشاط مع الخيارات المتاحة لك.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="78" />
            <source>Clerk</source>
            <translation>تطبيق Clerk</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="91" />
            <source>Something went wrong.</source>
            <translation>حدث خطأ ما.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="92" />
            <source>Your work waiting to sync is safe. Clerk can keep running; if this repeats, restart it.</source>
            <translation>عملك المنتظر للمزامنة في أمان. يمكن أن يستمر Clerk في العمل؛ وإذا تكرر هذا، فأعد تشغيله.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="102" />
            <source>Copy details</source>
            <translation>نسخ التفاصيل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="103" />
            <source>Copy the technical details, to send to your IT support</source>
            <translation>نسخ التفاصيل التقنية لإرسالها إلى الدعم الفني</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="105" />
            <source>Quit Clerk</source>
            <translation>إنهاء Clerk</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="107" />
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/crash.py" line="121" />
            <source>This happened %n time(s).</source>
            <translation>
                <numerusform>حدث هذا %n مرة.</numerusform>
                <numerusform>حدث هذا مرة واحدة.</numerusform>
                <numerusform>حدث هذا مرتين.</numerusform>
                <numerusform>حدث هذا %n مرات.</numerusform>
                <numerusform>حدث هذا %n مرة.</numerusform>
                <numerusform>حدث هذا %n مرة.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="127" />
            <source>Copied</source>
            <translation>تم النسخ</translation>
        </message>
    </context>
    <context>
        <name>CustomerChoice</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="40" />
            <source>Change</source>
            <translation>تغيير</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="41" />
            <source>Order for another customer</source>
            <translation>الطلب لعميل آخر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="46" />
            <source>Search this computer's customers: name, phone, email or card</source>
            <translation>ابحث في عملاء هذا الجهاز: الاسم أو الهاتف أو البريد الإلكتروني أو البطاقة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="48" />
            <source>Search customers</source>
            <translation>البحث عن العملاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="96" />
            <source>No customer on this computer matches.</source>
            <translation>لا يوجد عميل مطابق على هذا الجهاز.</translation>
        </message>
    </context>
    <context>
        <name>CustomerView</name>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="76" />
            <source>Order history</source>
            <translation>سجل الطلبات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="78" />
            <source>All channels · click an order for its lines</source>
            <translation>جميع القنوات · انقر على طلب لعرض بنوده</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="213" />
            <source>Loading this customer from the server…</source>
            <translation>جارٍ تحميل بيانات هذا العميل من الخادم…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="214" />
            <source>This customer is not on this computer, and the server cannot be asked right now.</source>
            <translation>هذا العميل غير موجود على هذا الجهاز، ولا يمكن الاستعلام من الخادم الآن.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="233" />
            <source>From the server · not kept on this computer</source>
            <translation>من الخادم · غير محفوظ على هذا الجهاز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="236" />
            <source>Up to date · %1</source>
            <translation>محدَّث · %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="237" />
            <source>Checked with the store server just now.</source>
            <translation>تم التحقق مع خادم المتجر للتو.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="239" />
            <source>Offline — as of %1</source>
            <translation>غير متصل — محدَّث حتى %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="240" />
            <source>The store server cannot be reached: this is what this computer last heard.</source>
            <translation>تعذّر الوصول إلى خادم المتجر: هذه آخر بيانات وصلت إلى هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="242" />
            <source>As of %1 · refreshing…</source>
            <translation>محدَّث حتى %1 · جارٍ التحديث…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="245" />
            <source>As of %1</source>
            <translation>محدَّث حتى %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="246" />
            <source>The server could not be asked just now.</source>
            <translation>تعذّر الاستعلام من الخادم الآن.</translation>
        </message>
    </context>
    <context>
        <name>Customers</name>
        <message>
            <location filename="../../clerk_app/ui/customers/results.py" line="58" />
            <location filename="../../clerk_app/ui/customers/results.py" line="151" />
            <source>From the server</source>
            <translation>من الخادم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="22" />
            <source>No tier</source>
            <translation>بدون فئة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="24" />
            <source>Platinum</source>
            <translation>بلاتيني</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="25" />
            <source>Gold</source>
            <translation>ذهبي</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="26" />
            <source>Silver</source>
            <translation>فضي</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>Web</source>
            <translation>الموقع الإلكتروني</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>App</source>
            <translation>التطبيق</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>In store</source>
            <translation>في المتجر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="32" />
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="32" />
            <source>Text message</source>
            <translation>رسالة نصية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="38" />
            <source>Placed</source>
            <translation>مُقدَّم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="39" />
            <source>Paid</source>
            <translation>مدفوع</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="40" />
            <source>Fulfilled</source>
            <translation>مكتمل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="41" />
            <location filename="../../clerk_app/ui/customers/text.py" line="50" />
            <source>Cancelled</source>
            <translation>ملغى</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="42" />
            <source>Returned</source>
            <translation>مُرتجَع</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="43" />
            <source>Partly returned</source>
            <translation>مُرتجَع جزئيًا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="48" />
            <source>New</source>
            <translation>جديد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="48" />
            <source>Being picked</source>
            <translation>قيد التجهيز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="48" />
            <source>Ready for pickup</source>
            <translation>جاهز للاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="49" />
            <source>Collected</source>
            <translation>تم الاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="49" />
            <source>Not collected</source>
            <translation>لم يُستلم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="49" />
            <source>Restocked</source>
            <translation>أُعيد إلى المخزون</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="61" />
            <source>Delivery</source>
            <translation>توصيل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="67" />
            <source>Bought in store</source>
            <translation>شراء من المتجر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="68" />
            <source>Bought at %1</source>
            <translation>شراء من متجر %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="68" />
            <source>Bought in another store</source>
            <translation>شراء من متجر آخر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="71" />
            <source>Pickup here</source>
            <translation>استلام من هنا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="72" />
            <source>Pickup at %1</source>
            <translation>استلام من متجر %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="72" />
            <source>Pickup at another store</source>
            <translation>استلام من متجر آخر</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="73" />
            <source>Customers</source>
            <translation>العملاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="105" />
            <source>Find a customer</source>
            <translation>البحث عن عميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="107" />
            <source>Type a name, email, phone, loyalty card or order number — or scan it.</source>
            <translation>اكتب اسمًا أو بريدًا إلكترونيًا أو رقم هاتف أو بطاقة ولاء أو رقم طلب — أو امسحه ضوئيًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="111" />
            <source>Ctrl+K jumps to the search bar from anywhere.</source>
            <translation>ينقلك Ctrl+K إلى شريط البحث من أي مكان.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="142" />
            <source>No customer found for “%1”.</source>
            <translation>لم يُعثر على عميل لـ«%1».</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="203" />
            <source>Search results appear here.</source>
            <translation>تظهر نتائج البحث هنا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="206" />
            <source>Found: %1</source>
            <translation>النتائج: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="206" />
            <source>No customer found</source>
            <translation>لم يُعثر على عميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="208" />
            <source>on this computer · asking the server…</source>
            <translation>على هذا الجهاز · جارٍ الاستعلام من الخادم…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="210" />
            <source>%1 more from the server</source>
            <translation>%1 آخرون من الخادم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="211" />
            <source>the server has no others</source>
            <translation>لا يوجد غيرهم على الخادم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="213" />
            <source>from this computer only (the server did not answer)</source>
            <translation>من هذا الجهاز فقط (لم يستجب الخادم)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="215" />
            <source>from this computer only (signed in offline)</source>
            <translation>من هذا الجهاز فقط (تم تسجيل الدخول دون اتصال)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="217" />
            <source>Offline — from this computer only</source>
            <translation>غير متصل — من هذا الجهاز فقط</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="58" />
            <source>Under 1 h</source>
            <translation>أقل من ساعة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="58" />
            <source>1–4 h</source>
            <translation>1–4 س</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="59" />
            <source>4–24 h</source>
            <translation>4–24 س</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="59" />
            <source>1–3 days</source>
            <translation>1–3 أيام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="60" />
            <source>Over 3 days</source>
            <translation>أكثر من 3 أيام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="219" />
            <source>Pickups per day</source>
            <translation>طلبات الاستلام يوميًا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="224" />
            <source>Created</source>
            <translation>المُنشأة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="225" />
            <source>Picked up</source>
            <translation>المُستلمة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="230" />
            <source>How long open pickups have waited</source>
            <translation>مدة انتظار طلبات الاستلام المفتوحة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="235" />
            <source>Waiting</source>
            <translation>بالانتظار</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="65" />
            <source>Only a store manager can see the store's figures.</source>
            <translation>أرقام المتجر متاحة لمدير المتجر فقط.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="95" />
            <source>Dashboard</source>
            <translation>لوحة المعلومات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>7 days</source>
            <translation>7 أيام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>30 days</source>
            <translation>30 يومًا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>Custom</source>
            <translation>مخصص</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="123" />
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="128" />
            <source>Export to CSV…</source>
            <translation>تصدير إلى CSV…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="129" />
            <source>Save the pickups created in this period as a spreadsheet file</source>
            <translation>حفظ طلبات الاستلام المُنشأة في هذه الفترة كملف جدول بيانات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="136" />
            <source>Closed pickups older than 30 days are not kept on this computer; these figures may be incomplete.</source>
            <translation>طلبات الاستلام المغلقة الأقدم من 30 يومًا لا تُحفظ على هذا الجهاز؛ قد تكون هذه الأرقام غير مكتملة.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="143" />
            <source>Open pickups</source>
            <translation>طلبات استلام مفتوحة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="143" />
            <source>Overdue now</source>
            <translation>متأخرة الآن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="144" />
            <source>Ready and waiting</source>
            <translation>جاهزة بالانتظار</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="144" />
            <source>Picked up today</source>
            <translation>استُلمت اليوم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="145" />
            <source>Orders in the period</source>
            <translation>الطلبات في الفترة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="145" />
            <source>Order to ready (median)</source>
            <translation>من الطلب إلى الجاهزية (الوسيط)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="146" />
            <source>Ready on time</source>
            <translation>جاهزة في الموعد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="146" />
            <source>Wait on shelf (median)</source>
            <translation>الانتظار على الرف (الوسيط)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="147" />
            <source>No-show rate</source>
            <translation>نسبة عدم الحضور</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="150" />
            <source>Right now</source>
            <translation>الآن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="278" />
            <source>Orders created %1</source>
            <translation>الطلبات المُنشأة %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="293" />
            <source>on %1</source>
            <translation>في %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="294" />
            <source>from %1 to %2</source>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="300" />
            <source>%1 new · %2 picking · %3 ready</source>
            <translation>%1 جديد · %2 قيد التجهيز · %3 جاهز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="303" />
            <source>not ready by the promised time</source>
            <translation>لم تكن جاهزة في الموعد المحدد</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="307" />
            <source>%n past collect-by</source>
            <translation>
                <numerusform>%n طلب تجاوزت آخر موعد للاستلام</numerusform>
                <numerusform>طلب واحد تجاوز آخر موعد للاستلام</numerusform>
                <numerusform>طلبان تجاوزا آخر موعد للاستلام</numerusform>
                <numerusform>%n طلبات تجاوزت آخر موعد للاستلام</numerusform>
                <numerusform>%n طلبًا تجاوزت آخر موعد للاستلام</numerusform>
                <numerusform>%n طلب تجاوزت آخر موعد للاستلام</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="307" />
            <source>on the shelf</source>
            <translation>على الرف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="308" />
            <source>handed over since midnight</source>
            <translation>سُلّمت منذ منتصف الليل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="309" />
            <source>%1 picked up · %2 no-show · %3 cancelled</source>
            <translation>%1 استُلم · %2 لم يحضر · %3 ملغى</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="312" />
            <source>No order created in this period has been ready yet.</source>
            <translation>لم يصبح أي طلب مُنشأ في هذه الفترة جاهزًا بعد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="313" />
            <source>from order to on the shelf</source>
            <translation>من الطلب حتى وضعه على الرف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="315" />
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="317" />
            <source>by the promised time</source>
            <translation>في الموعد المحدد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="319" />
            <source>from ready to collected</source>
            <translation>من الجاهزية حتى الاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="320" />
            <source>No order created in this period has been collected yet.</source>
            <translation>لم يُستلم أي طلب مُنشأ في هذه الفترة بعد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="322" />
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="325" />
            <source>of collected or missed orders</source>
            <translation>من الطلبات المُستلمة أو الفائتة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="323" />
            <source>No order created in this period was collected or missed yet.</source>
            <translation>لم يُستلم أو يفُت أي طلب مُنشأ في هذه الفترة بعد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="336" />
            <source>Overdue</source>
            <translation>متأخرة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="336" />
            <source>Past collect-by</source>
            <translation>تجاوزت آخر موعد للاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="337" />
            <source>To restock (no-shows)</source>
            <translation>للإعادة إلى المخزون (عدم حضور)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="352" />
            <source>Figures from this computer's data; it has not synced with the store server yet.</source>
            <translation>أرقام من بيانات هذا الجهاز؛ لم تتم مزامنته مع خادم المتجر بعد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="354" />
            <source>Figures from this computer's data, as of %1.</source>
            <translation>أرقام من بيانات هذا الجهاز، محدَّثة حتى %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="356" />
            <source>Offline: figures from this computer's data as of %1. Changes made elsewhere since then are not counted.</source>
            <translation>غير متصل: أرقام من بيانات هذا الجهاز محدَّثة حتى %1. التغييرات التي أُجريت في مكان آخر منذ ذلك الحين غير محتسبة.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="371" />
            <source>Export pickups to CSV</source>
            <translation>تصدير طلبات الاستلام إلى CSV</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="372" />
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="392" />
            <source>%Ln pickup(s) created %1, with their state now.</source>
            <translation>
                <numerusform>%Ln طلب استلام مُنشأ %1، بحالتها الحالية.</numerusform>
                <numerusform>طلب استلام واحد مُنشأ %1، بحالته الحالية.</numerusform>
                <numerusform>طلبا استلام مُنشآن %1، بحالتهما الحالية.</numerusform>
                <numerusform>%Ln طلبات استلام مُنشأة %1، بحالتها الحالية.</numerusform>
                <numerusform>%Ln طلب استلام مُنشأ %1، بحالتها الحالية.</numerusform>
                <numerusform>%Ln طلب استلام مُنشأ %1، بحالتها الحالية.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DemoMenu</name>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="50" />
            <source>&amp;Demo</source>
            <translation>&amp;تجريبي</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="51" />
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="53" />
            <location filename="../../clerk_app/ui/demo/menu.py" line="72" />
            <source>Restore the connection</source>
            <translation>استعادة الاتصال</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="53" />
            <location filename="../../clerk_app/ui/demo/menu.py" line="72" />
            <source>Cut the connection</source>
            <translation>قطع الاتصال</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="54" />
            <source>Act as if the store's network cable were pulled</source>
            <translation>التصرف كما لو فُصل كابل شبكة المتجر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="55" />
            <source>New web order for pickup</source>
            <translation>طلب ويب جديد للاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="56" />
            <source>Customer edits their online cart</source>
            <translation>العميل يعدّل سلته الإلكترونية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="57" />
            <source>Cancel an order centrally</source>
            <translation>إلغاء طلب مركزيًا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="58" />
            <location filename="../../clerk_app/ui/demo/menu.py" line="143" />
            <source>Demo tour</source>
            <translation>جولة تجريبية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="75" />
            <source>The connection is cut. Keep working: what you do waits to sync.</source>
            <translation>الاتصال مقطوع. تابع العمل: ما تقوم به ينتظر المزامنة.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="76" />
            <source>The connection is back. Waiting actions are being sent.</source>
            <translation>عاد الاتصال. يجري إرسال الإجراءات المنتظرة.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="100" />
            <source>A new web order for pickup arrived: order %1 for %2.</source>
            <translation>وصل طلب ويب جديد للاستلام: الطلب %1 للعميل %2.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="102" />
            <source>No customer could place a web order.</source>
            <translation>لم يتمكن أي عميل من تقديم طلب ويب.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="113" />
            <source>%1 changed their online cart; it now comes to %2.</source>
            <translation>عدّل %1 سلته الإلكترونية؛ أصبح إجماليها %2.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="115" />
            <source>No customer has a cart to edit.</source>
            <translation>لا يوجد عميل لديه سلة لتعديلها.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="129" />
            <source>The customer service centre cancelled order %1 (%2). If it was being handed over here, Activity shows a conflict.</source>
            <translation>ألغى مركز خدمة العملاء الطلب %1 (%2). إذا كان قيد التسليم هنا، فسيظهر تعارض في النشاط.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="132" />
            <source>No open order of this store could be cancelled.</source>
            <translation>لا يوجد طلب مفتوح في هذا المتجر يمكن إلغاؤه.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="140" />
            <source>%1 (username %2)</source>
            <translation>%1 (اسم المستخدم %2)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="142" />
            <source>an associate</source>
            <translation>موظف مبيعات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="143" />
            <source>Try this</source>
            <translation>جرّب ما يلي</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="145" />
            <source>&lt;ol&gt;&lt;li&gt;Sign in as %1 with the password &lt;b&gt;%2&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Demo → &lt;b&gt;Cut the connection&lt;/b&gt;: the status bar turns to Offline.&lt;/li&gt;&lt;li&gt;Open Pickups and hand over a ready order: it shows at once, marked as waiting to sync.&lt;/li&gt;&lt;li&gt;Demo → &lt;b&gt;Restore the connection&lt;/b&gt; and watch it sync in Activity.&lt;/li&gt;&lt;li&gt;Cut the connection again, start handing over another order, then Demo → &lt;b&gt;Cancel an order centrally&lt;/b&gt;. Restore the connection: Activity shows the conflict and your choices.&lt;/li&gt;&lt;li&gt;While online, Demo → &lt;b&gt;New web order for pickup&lt;/b&gt;: it appears in Pickups without a refresh.&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;ol&gt;&lt;li&gt;سجّل الدخول باسم %1 بكلمة المرور &lt;b&gt;%2&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;تجريبي ← &lt;b&gt;قطع الاتصال&lt;/b&gt;: يتحول شريط الحالة إلى «غير متصل».&lt;/li&gt;&lt;li&gt;افتح طلبات الاستلام وسلّم طلبًا جاهزًا: يظهر التسليم فورًا مع علامة «بانتظار المزامنة».&lt;/li&gt;&lt;li&gt;تجريبي ← &lt;b&gt;استعادة الاتصال&lt;/b&gt; وتابع المزامنة في النشاط.&lt;/li&gt;&lt;li&gt;اقطع الاتصال مجددًا، وابدأ تسليم طلب آخر، ثم تجريبي ← &lt;b&gt;إلغاء طلب مركزيًا&lt;/b&gt;. استعد الاتصال: يعرض النشاط التعارض والخيارات المتاحة لك.&lt;/li&gt;&lt;li&gt;أثناء الاتصال، تجريبي ← &lt;b&gt;طلب ويب جديد للاستلام&lt;/b&gt;: يظهر في طلبات الاستلام دون تحديث.&lt;/li&gt;&lt;/ol&gt;</translation>
        </message>
    </context>
    <context>
        <name>EnrollCountersDialog</name>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="38" />
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="43" />
            <source>Enroll counters</source>
            <translation>تسجيل نقاط البيع</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="54" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="55" />
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="137" />
            <source>Create code</source>
            <translation>إنشاء رمز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="56" />
            <source>Copy code</source>
            <translation>نسخ الرمز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="57" />
            <source>Done</source>
            <translation>تم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="74" />
            <source>A code lets new counters join %1 without a manager's password: type it on the counter when Clerk first starts, or give it to IT.</source>
            <translation>يتيح الرمز لنقاط البيع الجديدة الانضمام إلى %1 دون كلمة مرور المدير: اكتبه على نقطة البيع عند أول تشغيل لتطبيق Clerk، أو أعطه لقسم تقنية المعلومات.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="83" />
            <source>Valid for (hours)</source>
            <translation>مدة الصلاحية (بالساعات)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="84" />
            <source>Number of counters</source>
            <translation>عدد نقاط البيع</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="104" />
            <source>This code is shown only now. Write it down or copy it before you close this window.</source>
            <translation>يظهر هذا الرمز الآن فقط. دوّنه أو انسخه قبل إغلاق هذه النافذة.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="137" />
            <source>Creating…</source>
            <translation>جارٍ الإنشاء…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="159" />
            <source>Works until %1 for %n counter(s).</source>
            <translation>
                <numerusform>صالح حتى %1 لـ%n نقطة بيع.</numerusform>
                <numerusform>صالح حتى %1 لنقطة بيع واحدة.</numerusform>
                <numerusform>صالح حتى %1 لنقطتَي بيع.</numerusform>
                <numerusform>صالح حتى %1 لـ%n نقاط بيع.</numerusform>
                <numerusform>صالح حتى %1 لـ%n نقطة بيع.</numerusform>
                <numerusform>صالح حتى %1 لـ%n نقطة بيع.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="168" />
            <source>Copied</source>
            <translation>تم النسخ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="180" />
            <source>Creating a code needs your online sign-in. Lock the screen and sign in again while the store server can be reached.</source>
            <translation>يتطلب إنشاء الرمز تسجيل دخولك عبر الشبكة. اقفل الشاشة وسجّل الدخول مجددًا عندما يكون خادم المتجر متاحًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="185" />
            <source>Clerk can't reach the store server, and creating a code needs it. Try again when the connection is back.</source>
            <translation>يتعذّر على Clerk الوصول إلى خادم المتجر، وإنشاء الرمز يحتاج إليه. حاول مجددًا عند عودة الاتصال.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="190" />
            <source>Only a manager of this store can create enrollment codes.</source>
            <translation>لا يمكن إنشاء رموز تسجيل الأجهزة إلا لمدير هذا المتجر.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="192" />
            <source>The store server is busy. Try again in a moment.</source>
            <translation>خادم المتجر مشغول. حاول مجددًا بعد لحظات.</translation>
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="60" />
            <source>Set up Clerk on this computer</source>
            <translation>إعداد Clerk على هذا الجهاز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="66" />
            <source>Set up this computer</source>
            <translation>إعداد هذا الجهاز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="78" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="79" />
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="80" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="207" />
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="84" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="208" />
            <source>Connect this computer</source>
            <translation>ربط هذا الجهاز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="105" />
            <source>Clerk connects to your store once. A manager signs in here to do it; after that, staff sign in with their own username.</source>
            <translation>يرتبط Clerk بمتجرك مرة واحدة. يسجّل مدير الدخول هنا لإتمام ذلك؛ وبعدها يسجّل الموظفون الدخول بأسماء المستخدمين الخاصة بهم.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="115" />
            <source>Store server address</source>
            <translation>عنوان خادم المتجر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="120" />
            <source>A manager signs in</source>
            <translation>يسجّل المدير الدخول</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="121" />
            <source>I have an enrollment code</source>
            <translation>لديّ رمز تسجيل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="128" />
            <source>Manager's username</source>
            <translation>اسم مستخدم المدير</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="128" />
            <source>Password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="131" />
            <source>Set by your IT department</source>
            <translation>يضبطه قسم تقنية المعلومات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="134" />
            <source>Enrollment code</source>
            <translation>رمز التسجيل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="134" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="172" />
            <source>This computer's name</source>
            <translation>اسم هذا الجهاز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="164" />
            <source>As staff call it, e.g. Riverside</source>
            <translation>كما يسميه الموظفون، مثل: فرع الكورنيش</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="166" />
            <source>Store</source>
            <translation>المتجر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="171" />
            <source>Store name shown in Clerk</source>
            <translation>اسم المتجر الظاهر في Clerk</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="207" />
            <source>Signing in…</source>
            <translation>جارٍ تسجيل الدخول…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="208" />
            <source>Connecting…</source>
            <translation>جارٍ الاتصال…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="222" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="275" />
            <source>The store server address must start with https:// (http:// only for a server on this computer), for example https://central.example.com</source>
            <translation>يجب أن يبدأ عنوان خادم المتجر بـ https://‏ (و http://‏ فقط لخادم على هذا الجهاز)، مثل https://central.example.com</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="228" />
            <source>Enter the manager's username and password.</source>
            <translation>أدخل اسم مستخدم المدير وكلمة المرور.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="255" />
            <source>Signed in as %1 (manager). Choose the store this computer works for.</source>
            <translation>تم تسجيل الدخول باسم %1 (مدير). اختر المتجر الذي يعمل له هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="282" />
            <source>An enrollment code has ten letters and digits, like %1. Check it and try again.</source>
            <translation>يتكوّن رمز التسجيل من عشرة أحرف وأرقام، مثل %1. تحقّق منه وحاول مجددًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="345" />
            <source>Only a manager can set up this computer. Ask a manager of this store to sign in here.</source>
            <translation>لا يمكن إعداد هذا الجهاز إلا لمدير. اطلب من مدير هذا المتجر تسجيل الدخول هنا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="350" />
            <source>Clerk can't reach the store server at that address. Check the address and the network, then try again.</source>
            <translation>يتعذّر على Clerk الوصول إلى خادم المتجر على هذا العنوان. تحقّق من العنوان والشبكة، ثم حاول مجددًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="353" />
            <source>That enrollment code is wrong, used up or expired. Ask a manager for a new one.</source>
            <translation>رمز التسجيل هذا خاطئ أو استُنفد أو انتهت صلاحيته. اطلب رمزًا جديدًا من المدير.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/enroll.py" line="356" />
            <source>Too many wrong enrollment codes. Try again in %n minute(s).</source>
            <translation>
                <numerusform>رموز تسجيل خاطئة كثيرة. حاول مجددًا بعد %n دقيقة.</numerusform>
                <numerusform>رموز تسجيل خاطئة كثيرة. حاول مجددًا بعد دقيقة.</numerusform>
                <numerusform>رموز تسجيل خاطئة كثيرة. حاول مجددًا بعد دقيقتين.</numerusform>
                <numerusform>رموز تسجيل خاطئة كثيرة. حاول مجددًا بعد %n دقائق.</numerusform>
                <numerusform>رموز تسجيل خاطئة كثيرة. حاول مجددًا بعد %n دقيقة.</numerusform>
                <numerusform>رموز تسجيل خاطئة كثيرة. حاول مجددًا بعد %n دقيقة.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="358" />
            <source>That username and password don't match. Check them and try again.</source>
            <translation>اسم المستخدم وكلمة المرور غير متطابقين. تحقّق منهما وحاول مجددًا.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/enroll.py" line="363" />
            <source>Too many wrong passwords. Sign-in for this username is locked for %n minute(s).</source>
            <translation>
                <numerusform>محاولات خاطئة كثيرة. تسجيل الدخول لاسم المستخدم هذا مقفل لمدة %n دقيقة.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. تسجيل الدخول لاسم المستخدم هذا مقفل لمدة دقيقة.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. تسجيل الدخول لاسم المستخدم هذا مقفل لمدة دقيقتين.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. تسجيل الدخول لاسم المستخدم هذا مقفل لمدة %n دقائق.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. تسجيل الدخول لاسم المستخدم هذا مقفل لمدة %n دقيقة.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. تسجيل الدخول لاسم المستخدم هذا مقفل لمدة %n دقيقة.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="366" />
            <source>That address doesn't answer like a Clerk store server. Check it and try again.</source>
            <translation>هذا العنوان لا يستجيب كخادم متجر Clerk. تحقّق منه وحاول مجددًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="370" />
            <source>Clerk couldn't save its settings on this computer. Check the disk and try again.</source>
            <translation>تعذّر على Clerk حفظ إعداداته على هذا الجهاز. تحقّق من القرص وحاول مجددًا.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="65" />
            <source>Export to CSV</source>
            <translation>تصدير إلى CSV</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="77" />
            <source>Export pickups to CSV</source>
            <translation>تصدير طلبات الاستلام إلى CSV</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="80" />
            <source>To: %1</source>
            <translation>إلى: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="91" />
            <source>Open folder</source>
            <translation>فتح المجلد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="93" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="95" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="110" />
            <source>Writing the file…</source>
            <translation>جارٍ كتابة الملف…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Order number</source>
            <translation>رقم الطلب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Customer</source>
            <translation>العميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Created</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Promised by</source>
            <translation>الموعد المُلتزَم به</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Ready at</source>
            <translation>وقت الجاهزية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Collect by</source>
            <translation>الاستلام قبل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Picked up at</source>
            <translation>وقت الاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Shelf</source>
            <translation>الرف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Items</source>
            <translation>المنتجات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Hand-over ID check</source>
            <translation>التحقق من الهوية عند التسليم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Cancel reason</source>
            <translation>سبب الإلغاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="145" />
            <source>Stopping…</source>
            <translation>جارٍ الإيقاف…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/export.py" line="174" />
            <source>Saved %Ln pickup(s) to %1.</source>
            <translation>
                <numerusform>حُفظ %Ln طلب استلام في %1.</numerusform>
                <numerusform>حُفظ طلب استلام واحد في %1.</numerusform>
                <numerusform>حُفظ طلبا استلام في %1.</numerusform>
                <numerusform>حُفظت %Ln طلبات استلام في %1.</numerusform>
                <numerusform>حُفظ %Ln طلب استلام في %1.</numerusform>
                <numerusform>حُفظ %Ln طلب استلام في %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="179" />
            <source>Export cancelled. No file was saved.</source>
            <translation>أُلغي التصدير. لم يُحفظ أي ملف.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="182" />
            <source>an unexpected error</source>
            <translation>خطأ غير متوقع</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="183" />
            <source>The file could not be saved (%1). Try another folder.</source>
            <translation>تعذّر حفظ الملف (%1). جرّب مجلدًا آخر.</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="37" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="183" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="245" />
            <source>Hand over</source>
            <translation>تسليم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="187" />
            <source>Hand over order %1</source>
            <translation>تسليم الطلب %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="190" />
            <source>On shelf %1</source>
            <translation>على الرف %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="196" />
            <source>Type or scan the customer's code</source>
            <translation>اكتب رمز العميل أو امسحه ضوئيًا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="206" />
            <source>Pickup code</source>
            <translation>رمز الاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="214" />
            <source>%1 (the customer)</source>
            <translation>%1 (العميل)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="220" />
            <source>%1 (named by the customer)</source>
            <translation>%1 (شخص حدده العميل)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="223" />
            <source>Collected by</source>
            <translation>المُستلِم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="229" />
            <source>ID checked</source>
            <translation>التحقق من الهوية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="232" />
            <source>Last 4 characters of the document</source>
            <translation>آخر 4 خانات من الوثيقة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="233" />
            <source>Last four</source>
            <translation>آخر 4 خانات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="236" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="237" />
            <source>Collected</source>
            <translation>المُستلَم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="237" />
            <source>Item</source>
            <translation>المنتج</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="237" />
            <source>Picked</source>
            <translation>المُجهَّز</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="279" />
            <source>%n item(s) stay in the store and go back to stock.</source>
            <translation>
                <numerusform>لا يبقى أي منتج في المتجر.</numerusform>
                <numerusform>يبقى منتج واحد في المتجر ويعود إلى المخزون.</numerusform>
                <numerusform>يبقى منتجان في المتجر ويعودان إلى المخزون.</numerusform>
                <numerusform>تبقى %n منتجات في المتجر وتعود إلى المخزون.</numerusform>
                <numerusform>يبقى %n منتجًا في المتجر ويعود إلى المخزون.</numerusform>
                <numerusform>يبقى %n منتج في المتجر ويعود إلى المخزون.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="287" />
            <source>That is the bag's label. Ask the customer for their pickup code, or scan the code on their phone.</source>
            <translation>هذا ملصق الكيس. اطلب من العميل رمز الاستلام، أو امسح الرمز من هاتفه.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="294" />
            <source>Enter the pickup code the customer shows.</source>
            <translation>أدخل رمز الاستلام الذي يعرضه العميل.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="296" />
            <source>That code doesn't match this order. Check the code on the customer's confirmation.</source>
            <translation>هذا الرمز لا يطابق هذا الطلب. تحقّق من الرمز في تأكيد الطلب لدى العميل.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="300" />
            <source>Enter the last four characters of the ID document.</source>
            <translation>أدخل آخر أربع خانات من وثيقة الهوية.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="302" />
            <source>Nothing is collected. Hand over at least one item.</source>
            <translation>لم يُستلم أي شيء. سلّم منتجًا واحدًا على الأقل.</translation>
        </message>
    </context>
    <context>
        <name>HeaderCard</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="101" />
            <source>Points: %1</source>
            <translation>النقاط: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="103" />
            <source>Not in the loyalty programme</source>
            <translation>غير مشترك في برنامج الولاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="106" />
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="106" />
            <location filename="../../clerk_app/ui/customers/cards.py" line="107" />
            <source>None given</source>
            <translation>غير متوفر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="107" />
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="108" />
            <source>Prefers</source>
            <translation>يفضّل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="109" />
            <source>Marketing</source>
            <translation>التسويق</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="109" />
            <source>Agreed to offers</source>
            <translation>وافق على العروض</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="109" />
            <source>No offers</source>
            <translation>لا يرغب في العروض</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="110" />
            <source>Home store</source>
            <translation>المتجر الأساسي</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="111" />
            <source>Loyalty card</source>
            <translation>بطاقة الولاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="111" />
            <source>None</source>
            <translation>لا يوجد</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="187" />
            <source>Clerk — %1</source>
            <translation>تطبيق Clerk — %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="435" />
            <source>Clerk</source>
            <translation>تطبيق Clerk</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="456" />
            <source>Pages</source>
            <translation>الصفحات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="456" />
            <source>Ctrl+1 to Ctrl+5 open each page</source>
            <translation>من Ctrl+1 إلى Ctrl+5 لفتح كل صفحة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="472" />
            <source>Customers</source>
            <translation>العملاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="472" />
            <source>Pickups</source>
            <translation>طلبات الاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="472" />
            <source>Stock</source>
            <translation>المخزون</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="473" />
            <source>Activity</source>
            <translation>النشاط</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="473" />
            <source>Dashboard</source>
            <translation>لوحة المعلومات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="590" />
            <source>Your language on this computer</source>
            <translation>لغتك على هذا الجهاز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="592" />
            <source>Lock</source>
            <translation>قفل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="593" />
            <source>Lock the screen (Ctrl+L); unlock or switch staff from the lock screen</source>
            <translation>قفل الشاشة (Ctrl+L)؛ يمكن فتح القفل أو تبديل الموظف من شاشة القفل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="602" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="622" />
            <source>Preferences…</source>
            <translation>التفضيلات…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="624" />
            <source>Enroll counters…</source>
            <translation>تسجيل نقاط البيع…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="759" />
            <source> (signed in offline)</source>
            <translation> (تم تسجيل الدخول دون اتصال)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="760" />
            <source>Manager</source>
            <translation>مدير</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="760" />
            <location filename="../../clerk_app/ui/main_window.py" line="761" />
            <source>Associate</source>
            <translation>موظف مبيعات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="791" />
            <source>Clerk must be updated on this computer: the store server no longer accepts this version. Keep working; nothing is lost, and waiting actions sync after the update. Tell your manager or IT.</source>
            <translation>يجب تحديث Clerk على هذا الجهاز: لم يعد خادم المتجر يقبل هذا الإصدار. تابع عملك؛ لن يضيع شيء، وستُزامَن الإجراءات المنتظرة بعد التحديث. أبلغ مديرك أو قسم تقنية المعلومات.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="796" />
            <source>The connection is back. To see live data from the store server, sign in again: Lock, then Switch staff. Until then Clerk shows what is saved on this computer.</source>
            <translation>عاد الاتصال. لعرض البيانات المباشرة من خادم المتجر، سجّل الدخول مجددًا: قفل، ثم تبديل الموظف. وحتى ذلك الحين يعرض Clerk ما هو محفوظ على هذا الجهاز.</translation>
        </message>
    </context>
    <context>
        <name>ManagerSection</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="138" />
            <source>Manager actions</source>
            <translation>إجراءات المدير</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="139" />
            <source>Needs a manager: a manager approves here with their password, and the action is recorded in their name.</source>
            <translation>يتطلب مديرًا: يوافق المدير هنا بكلمة المرور الخاصة به، ويُسجَّل الإجراء باسمه.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="144" />
            <source>Cancel order…</source>
            <translation>إلغاء الطلب…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="145" />
            <source>Mark no-show…</source>
            <translation>تسجيل عدم الحضور…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="146" />
            <source>Restock…</source>
            <translation>إعادة إلى المخزون…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="169" />
            <source>Needs a manager's approval</source>
            <translation>يتطلب موافقة المدير</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="195" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="204" />
            <source>Cancel order</source>
            <translation>إلغاء الطلب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="202" />
            <source>Order %1 cancelled.</source>
            <translation>أُلغي الطلب %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="204" />
            <source>Reason: %1</source>
            <translation>السبب: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="212" />
            <source>The customer did not collect it by %1. The order is closed and its items wait to be restocked.</source>
            <translation>لم يستلمه العميل قبل %1. أُغلق الطلب وتنتظر منتجاته إعادتها إلى المخزون.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="216" />
            <source>Order %1 marked as a no-show.</source>
            <translation>سُجّل عدم الحضور للطلب %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="219" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="220" />
            <source>Mark no-show</source>
            <translation>تسجيل عدم الحضور</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="220" />
            <source>Mark order %1 as a no-show?</source>
            <translation>تسجيل عدم الحضور للطلب %1؟</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="227" />
            <source>Its items go back on the shelves for sale. The order stays closed.</source>
            <translation>تعود منتجاته إلى الرفوف للبيع. يبقى الطلب مغلقًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="231" />
            <source>Order %1 restocked.</source>
            <translation>أُعيد الطلب %1 إلى المخزون.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="233" />
            <source>Restock order %1?</source>
            <translation>إعادة الطلب %1 إلى المخزون؟</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="234" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="235" />
            <source>Restock</source>
            <translation>إعادة إلى المخزون</translation>
        </message>
    </context>
    <context>
        <name>MarkReadyDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="126" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="145" />
            <source>Mark ready</source>
            <translation>تحديد كجاهز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="130" />
            <source>Order %1 is ready</source>
            <translation>الطلب %1 جاهز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="133" />
            <source>For example B-04</source>
            <translation>مثال: B-04</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="135" />
            <source>Shelf</source>
            <translation>الرف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="137" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="138" />
            <source>Picked</source>
            <translation>المُجهَّز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="138" />
            <source>Item</source>
            <translation>المنتج</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="138" />
            <source>Ordered</source>
            <translation>المطلوب</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="161" />
            <source>Partial pick: %n item(s) missing. The customer's ready notice will say what is missing; only what was picked can be handed over.</source>
            <translation>
                <numerusform>تجهيز جزئي: ينقص %n منتج. سيوضّح إشعار الجاهزية للعميل ما ينقص؛ ولا يمكن تسليم إلا ما جُهّز.</numerusform>
                <numerusform>تجهيز جزئي: ينقص منتج واحد. سيوضّح إشعار الجاهزية للعميل ما ينقص؛ ولا يمكن تسليم إلا ما جُهّز.</numerusform>
                <numerusform>تجهيز جزئي: ينقص منتجان. سيوضّح إشعار الجاهزية للعميل ما ينقص؛ ولا يمكن تسليم إلا ما جُهّز.</numerusform>
                <numerusform>تجهيز جزئي: تنقص %n منتجات. سيوضّح إشعار الجاهزية للعميل ما ينقص؛ ولا يمكن تسليم إلا ما جُهّز.</numerusform>
                <numerusform>تجهيز جزئي: ينقص %n منتجًا. سيوضّح إشعار الجاهزية للعميل ما ينقص؛ ولا يمكن تسليم إلا ما جُهّز.</numerusform>
                <numerusform>تجهيز جزئي: ينقص %n منتج. سيوضّح إشعار الجاهزية للعميل ما ينقص؛ ولا يمكن تسليم إلا ما جُهّز.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="167" />
            <source>Enter the shelf where the order waits.</source>
            <translation>أدخل الرف الذي ينتظر عليه الطلب.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="169" />
            <source>Nothing is picked. Pick at least one item, or ask a manager to cancel the order.</source>
            <translation>لم يُجهَّز أي شيء. جهّز منتجًا واحدًا على الأقل، أو اطلب من مدير إلغاء الطلب.</translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="76" />
            <source>%1 (this store)</source>
            <translation>%1 (هذا المتجر)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="79" />
            <source>Another store</source>
            <translation>متجر آخر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="121" />
            <source>a colleague</source>
            <comment>inside a sentence: staff whose name is not here yet</comment>
            <translation>زميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="122" />
            <source>A colleague</source>
            <comment>on its own: staff whose name is not here yet</comment>
            <translation>زميل</translation>
        </message>
    </context>
    <context>
        <name>NotesCard</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="355" />
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="358" />
            <source>Add a note for colleagues (Ctrl+Enter to save)</source>
            <translation>أضف ملاحظة للزملاء (Ctrl+Enter للحفظ)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="359" />
            <source>New note</source>
            <translation>ملاحظة جديدة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="359" />
            <source>For colleagues; Ctrl+Enter saves it</source>
            <translation>للزملاء؛ Ctrl+Enter للحفظ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="361" />
            <source>Add note</source>
            <translation>إضافة ملاحظة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="384" />
            <source>No notes yet.</source>
            <translation>لا توجد ملاحظات بعد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="394" />
            <source>at %1</source>
            <translation>في متجر %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="395" />
            <source>at another store</source>
            <translation>في متجر آخر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="399" />
            <source>Waiting to sync</source>
            <translation>بانتظار المزامنة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="400" />
            <source>Saved on this computer; it reaches the server when the connection is back.</source>
            <translation>حُفظت على هذا الجهاز؛ تصل إلى الخادم عند عودة الاتصال.</translation>
        </message>
    </context>
    <context>
        <name>OrderForPickupDialog</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="176" />
            <source>Order for pickup at…</source>
            <translation>طلب للاستلام من…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="177" />
            <source>Order for the customer to collect at a store</source>
            <translation>طلب ليستلمه العميل من أحد المتاجر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="179" />
            <source>Collect at</source>
            <translation>الاستلام من</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="180" />
            <source>Place the order</source>
            <translation>تأكيد الطلب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="181" />
            <source>Paid when the customer collects. The store holds the stock once the order reaches it.</source>
            <translation>يُدفع عند الاستلام. يحجز المتجر الكمية عندما يصله الطلب.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="203" />
            <source>This computer has not seen this store's stock of the product: the order may be refused if it has none.</source>
            <translation>لم يطّلع هذا الجهاز على مخزون هذا المتجر من المنتج: قد يُرفض الطلب إن لم يكن متوفرًا لديه.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="207" />
            <source>When last seen, this store had only %1: the order may be refused.</source>
            <translation>عند آخر اطلاع، كان لدى هذا المتجر %1 فقط: قد يُرفض الطلب.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="217" />
            <source>Choose the store where the customer collects.</source>
            <translation>اختر المتجر الذي سيستلم منه العميل.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="221" />
            <source>%1 has only %2 available: order fewer, or choose another store.</source>
            <translation>المتوفر لدى %1 هو %2 فقط: اطلب كمية أقل أو اختر متجرًا آخر.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="229" />
            <source>Order placed for pickup at %1. It shows as waiting to sync until the store server has it.</source>
            <translation>تم تسجيل الطلب للاستلام من %1. يظهر بانتظار المزامنة حتى يستلمه خادم المتجر.</translation>
        </message>
    </context>
    <context>
        <name>OrderForms</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="66" />
            <source>Customer</source>
            <translation>العميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="70" />
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="76" />
            <source>Quantity</source>
            <translation>الكمية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="70" />
            <source>1 to 99</source>
            <translation>من ١ إلى ٩٩</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="81" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="124" />
            <source>Choose the customer first.</source>
            <translation>اختر العميل أولًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="127" />
            <source>The quantity is 1 to 99.</source>
            <translation>الكمية من ١ إلى ٩٩.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="130" />
            <source>Sign in again to do this.</source>
            <translation>سجّل الدخول مجددًا للقيام بذلك.</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryModel</name>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Order</source>
            <translation>الطلب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Channel</source>
            <translation>القناة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>How</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="198" />
            <source>Total</source>
            <translation>الإجمالي</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="221" />
            <source>Placed on this computer; the order number comes when the store server has it.</source>
            <translation>سُجِّل على هذا الجهاز؛ يظهر رقم الطلب عندما يستلمه خادم المتجر.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="237" />
            <source>Waiting to sync</source>
            <translation>بانتظار المزامنة</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryView</name>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="290" />
            <source>Order history</source>
            <translation>سجل الطلبات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="290" />
            <source>Every order across channels; Right arrow opens its lines</source>
            <translation>كل الطلبات من جميع القنوات؛ السهم الأيمن يعرض منتجات الطلب</translation>
        </message>
    </context>
    <context>
        <name>OverviewCards</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="157" />
            <source>Lifetime value</source>
            <translation>إجمالي المشتريات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="158" />
            <source>Orders</source>
            <translation>الطلبات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="159" />
            <source>Channels used</source>
            <translation>القنوات المستخدمة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="160" />
            <source>Open pickups here</source>
            <translation>طلبات استلام مفتوحة هنا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="161" />
            <source>Active cart</source>
            <translation>سلة نشطة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="206" />
            <source>Last: %1</source>
            <translation>آخر طلب: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="227" />
            <source>Open this pickup</source>
            <translation>فتح طلب الاستلام هذا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="232" />
            <source>None</source>
            <translation>لا يوجد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="236" />
            <source>Items: %1</source>
            <translation>المنتجات: %1</translation>
        </message>
    </context>
    <context>
        <name>PendingModel</name>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>What</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>Customer</source>
            <translation>العميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>By</source>
            <translation>بواسطة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>When</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/activity/items.py" line="104" />
            <source>Tried %n time(s)</source>
            <translation>
                <numerusform>لم تتم أي محاولة</numerusform>
                <numerusform>محاولة واحدة</numerusform>
                <numerusform>محاولتان</numerusform>
                <numerusform>%n محاولات</numerusform>
                <numerusform>%n محاولة</numerusform>
                <numerusform>%n محاولة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="107" />
            <source>Sending…</source>
            <translation>جارٍ الإرسال…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="108" />
            <source>Held</source>
            <translation>محتجز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="109" />
            <source>Not sent yet</source>
            <translation>لم يُرسل بعد</translation>
        </message>
    </context>
    <context>
        <name>PickupDeadline</name>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="67" />
            <source>overdue %1</source>
            <translation>متأخر %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="67" />
            <source>ready in %1</source>
            <translation>التجهيز خلال %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="69" />
            <source>past collect-by %1</source>
            <translation>تجاوز موعد الاستلام بـ %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="69" />
            <source>collect within %1</source>
            <translation>الاستلام خلال %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="76" />
            <source>picked up %1</source>
            <translation>استُلم الساعة %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="76" />
            <source>cancelled %1</source>
            <translation>أُلغي الساعة %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="76" />
            <source>no-show %1</source>
            <translation>لم يحضر · %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="77" />
            <source>restocked %1</source>
            <translation>أُعيد إلى المخزون الساعة %1</translation>
        </message>
    </context>
    <context>
        <name>PickupDetail</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="54" />
            <source>Select an order to see its items, deadlines and what to do next.</source>
            <translation>اختر طلبًا لعرض منتجاته ومواعيده والخطوة التالية.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="73" />
            <source>Waiting to sync</source>
            <translation>بانتظار المزامنة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="74" />
            <source>Saved on this computer; it reaches the store server when the connection allows.</source>
            <translation>حُفظ على هذا الجهاز؛ يصل إلى خادم المتجر عندما يسمح الاتصال.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="88" />
            <source>Start picking</source>
            <translation>بدء التجهيز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="89" />
            <source>Mark ready…</source>
            <translation>تحديد كجاهز…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="90" />
            <source>Hand over…</source>
            <translation>تسليم…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="91" />
            <source>Customer arrived…</source>
            <translation>وصل العميل…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="101" />
            <source>Print slip…</source>
            <translation>طباعة القسيمة…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="102" />
            <source>Print bag label…</source>
            <translation>طباعة ملصق الكيس…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="103" />
            <source>The order, customer, items, shelf and deadlines on one page.</source>
            <translation>الطلب والعميل والمنتجات والرف والمواعيد في صفحة واحدة.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="104" />
            <source>A label for the bag, with a code to scan at hand-over.</source>
            <translation>ملصق للكيس مع رمز يُمسح عند التسليم.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="118" />
            <location filename="../../clerk_app/ui/pickups/detail.py" line="122" />
            <source>Items</source>
            <translation>المنتجات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <source>Item</source>
            <translation>المنتج</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <location filename="../../clerk_app/ui/pickups/detail.py" line="212" />
            <source>Ordered</source>
            <translation>المطلوب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <source>Picked</source>
            <translation>المُجهَّز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <source>Collected</source>
            <translation>المُستلَم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="134" />
            <source>Messages to the customer</source>
            <translation>الرسائل إلى العميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="140" />
            <source>Send reminder</source>
            <translation>إرسال تذكير</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="141" />
            <source>Re-send ready notice</source>
            <translation>إعادة إرسال إشعار الجاهزية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="148" />
            <source>Hand-over</source>
            <translation>التسليم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="180" />
            <source>Order %1</source>
            <translation>الطلب %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="184" />
            <source>Customer</source>
            <translation>العميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="187" />
            <source>Customer: %1</source>
            <translation>العميل: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="213" />
            <source>Ready by</source>
            <translation>التجهيز قبل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="215" />
            <source>Ready since</source>
            <translation>جاهز منذ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="217" />
            <source>Collect by</source>
            <translation>الاستلام قبل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="218" />
            <source>Shelf</source>
            <translation>الرف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="218" />
            <source>Not on a shelf yet</source>
            <translation>لم يوضع على رف بعد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="220" />
            <source>May also collect</source>
            <translation>يمكنه الاستلام أيضًا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="222" />
            <source>Here since %1</source>
            <translation>هنا منذ الساعة %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="225" />
            <source>Customer arrived</source>
            <translation>وصل العميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="227" />
            <source>Picked up</source>
            <translation>تم الاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="229" />
            <source>Cancelled because</source>
            <translation>سبب الإلغاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="256" />
            <source>Ready notice</source>
            <translation>إشعار الجاهزية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="256" />
            <source>Reminder</source>
            <translation>تذكير</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="256" />
            <source>Cancellation notice</source>
            <translation>إشعار الإلغاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="257" />
            <source>by email</source>
            <translation>بالبريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="257" />
            <source>by text message</source>
            <translation>برسالة نصية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="257" />
            <source>by phone</source>
            <translation>بالهاتف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="258" />
            <source>in the app</source>
            <translation>في التطبيق</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="262" />
            <source>waiting to sync</source>
            <translation>بانتظار المزامنة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="276" />
            <source>None sent yet</source>
            <translation>لم يُرسل شيء بعد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="285" />
            <source>someone else</source>
            <translation>شخص آخر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="289" />
            <source>%1 ending %2</source>
            <translation>%1 (آخر 4 خانات: %2)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="291" />
            <source>Collected by %1 · %2 · handed over by %3, %4</source>
            <translation>استلمه %1 · %2 · سلّمه %3، %4</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="322" />
            <source>Picking started.</source>
            <translation>بدأ التجهيز.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="325" />
            <source>Reminder queued.</source>
            <translation>أُضيف التذكير إلى قائمة الإرسال.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="328" />
            <source>Ready notice queued.</source>
            <translation>أُضيف إشعار الجاهزية إلى قائمة الإرسال.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="357" />
            <source>Marked ready on shelf %1.</source>
            <translation>حُدّد كجاهز على الرف %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="363" />
            <source>Handed over.</source>
            <translation>تم التسليم.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="369" />
            <source>Arrival recorded.</source>
            <translation>سُجّل وصول العميل.</translation>
        </message>
    </context>
    <context>
        <name>PickupDialogs</name>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="54" />
            <source>ID card</source>
            <translation>بطاقة الهوية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="54" />
            <source>Driver's licence</source>
            <translation>رخصة القيادة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="55" />
            <source>Passport</source>
            <translation>جواز السفر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="55" />
            <source>Pickup code only</source>
            <translation>رمز الاستلام فقط</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="56" />
            <source>No check</source>
            <translation>بدون تحقق</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/widgets.py" line="137" />
            <source>One fewer</source>
            <translation>واحد أقل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/widgets.py" line="138" />
            <source>One more</source>
            <translation>واحد أكثر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="74" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="91" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>PickupListModel</name>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Order</source>
            <translation>الطلب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Customer</source>
            <translation>العميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Deadline</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="112" />
            <source>Shelf</source>
            <translation>الرف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="131" />
            <source>Ready by %1</source>
            <translation>التجهيز قبل %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="131" />
            <source>Collect by %1</source>
            <translation>الاستلام قبل %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="144" />
            <source>was due %1</source>
            <translation>كان الموعد %1</translation>
        </message>
    </context>
    <context>
        <name>PickupQueueModel</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Order</source>
            <translation>الطلب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Customer</source>
            <translation>العميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Items</source>
            <translation>المنتجات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="62" />
            <source>Deadline</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="62" />
            <source>Shelf</source>
            <translation>الرف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="62" />
            <source>Sync</source>
            <translation>المزامنة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="165" />
            <source>Ready by %1</source>
            <translation>التجهيز قبل %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="165" />
            <source>Collect by %1</source>
            <translation>الاستلام قبل %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="198" />
            <source>Waiting to sync</source>
            <translation>بانتظار المزامنة</translation>
        </message>
    </context>
    <context>
        <name>PickupStatus</name>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="44" />
            <source>New</source>
            <translation>جديد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="44" />
            <source>Picking</source>
            <translation>قيد التجهيز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="45" />
            <source>Ready</source>
            <translation>جاهز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="45" />
            <source>Picked up</source>
            <translation>تم الاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="46" />
            <source>No-show</source>
            <translation>لم يحضر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="46" />
            <source>Restocked</source>
            <translation>أُعيد إلى المخزون</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="47" />
            <source>Cancelled</source>
            <translation>ملغى</translation>
        </message>
    </context>
    <context>
        <name>PickupsPage</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="53" />
            <source>Pickups</source>
            <translation>طلبات الاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="59" />
            <source>Queue</source>
            <translation>قائمة الانتظار</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="60" />
            <source>Reminders</source>
            <translation>التذكيرات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="61" />
            <source>Ready orders not collected after a number of hours: remind their customers in one go.</source>
            <translation>طلبات جاهزة لم تُستلم بعد عدد من الساعات: ذكّر عملاءها دفعة واحدة.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="87" />
            <source>Pickup queue</source>
            <translation>قائمة انتظار طلبات الاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="87" />
            <source>The selected order shows beside the list</source>
            <translation>يظهر الطلب المحدد بجانب القائمة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="131" />
            <source>New</source>
            <translation>جديدة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="131" />
            <source>Picking</source>
            <translation>قيد التجهيز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="131" />
            <source>Ready</source>
            <translation>جاهزة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="132" />
            <source>Overdue</source>
            <translation>متأخرة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="132" />
            <source>Past collect-by</source>
            <translation>تجاوزت موعد الاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="133" />
            <source>Done today</source>
            <translation>المنجزة اليوم</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/page.py" line="162" />
            <source>%n open</source>
            <translation>
                <numerusform>%n طلب مفتوح</numerusform>
                <numerusform>طلب واحد مفتوح</numerusform>
                <numerusform>طلبان مفتوحان</numerusform>
                <numerusform>%n طلبات مفتوحة</numerusform>
                <numerusform>%n طلبًا مفتوحًا</numerusform>
                <numerusform>%n طلب مفتوح</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/page.py" line="164" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n طلب متأخر</numerusform>
                <numerusform>طلب واحد متأخر</numerusform>
                <numerusform>طلبان متأخران</numerusform>
                <numerusform>%n طلبات متأخرة</numerusform>
                <numerusform>%n طلبًا متأخرًا</numerusform>
                <numerusform>%n طلب متأخر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/page.py" line="165" />
            <source>%n done today</source>
            <translation>
                <numerusform>%n طلب منجز اليوم</numerusform>
                <numerusform>طلب واحد منجز اليوم</numerusform>
                <numerusform>طلبان منجزان اليوم</numerusform>
                <numerusform>%n طلبات منجزة اليوم</numerusform>
                <numerusform>%n طلبًا منجزًا اليوم</numerusform>
                <numerusform>%n طلب منجز اليوم</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="170" />
            <source>No new orders. New web orders appear here by themselves.</source>
            <translation>لا توجد طلبات جديدة. تظهر طلبات الويب الجديدة هنا تلقائيًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="171" />
            <source>Nothing is being picked right now.</source>
            <translation>لا يوجد شيء قيد التجهيز حاليًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="172" />
            <source>No orders are waiting on the shelf.</source>
            <translation>لا توجد طلبات بالانتظار على الرف.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="173" />
            <source>Nothing is overdue. Well done.</source>
            <translation>لا يوجد شيء متأخر. أحسنت.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="174" />
            <source>Every ready order is still within its collect-by time.</source>
            <translation>جميع الطلبات الجاهزة لا تزال ضمن موعد الاستلام.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="175" />
            <source>Nothing handed over, cancelled or missed today yet.</source>
            <translation>لم يُسلَّم أو يُلغَ أو يفُت أي طلب اليوم بعد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="335" />
            <source>This order is not in this store's pickup list.</source>
            <translation>هذا الطلب غير موجود في قائمة طلبات الاستلام لهذا المتجر.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="347" />
            <source>Order %1 is %2: it can be handed over once it is ready.</source>
            <translation>حالة الطلب %1 «%2»: يمكن تسليمه بعد أن يصبح جاهزًا.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="38" />
            <source>Preferences</source>
            <translation>التفضيلات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="46" />
            <source>Yours</source>
            <translation>خاصة بك</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="46" />
            <source>Only for you, on this computer.</source>
            <translation>لك وحدك، على هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="47" />
            <source>This counter</source>
            <translation>نقطة البيع هذه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="47" />
            <source>For everyone who uses this computer.</source>
            <translation>لكل من يستخدم هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="82" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="82" />
            <source>Digits</source>
            <translation>الأرقام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="82" />
            <source>Calendar</source>
            <translation>التقويم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="83" />
            <source>Theme</source>
            <translation>المظهر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="83" />
            <source>Text size</source>
            <translation>حجم النص</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="84" />
            <source>Lock after (idle minutes)</source>
            <translation>القفل بعد (دقائق دون استخدام)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="85" />
            <source>Remind customers after (hours)</source>
            <translation>تذكير العملاء بعد (ساعات)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="86" />
            <source>Printer for slips and labels</source>
            <translation>طابعة القسائم والملصقات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="86" />
            <source>Bag label size</source>
            <translation>مقاس ملصق الكيس</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="87" />
            <source>Scanner prefix</source>
            <translation>بادئة الماسح الضوئي</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="87" />
            <source>Scanner suffix</source>
            <translation>لاحقة الماسح الضوئي</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="88" />
            <source>Layout</source>
            <translation>طريقة العرض</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="93" />
            <source>The store's language</source>
            <translation>لغة المتجر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="95" />
            <source>The language's usual digits</source>
            <translation>الأرقام المعتادة للغة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="95" />
            <source>The language's own digits</source>
            <translation>أرقام اللغة نفسها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="96" />
            <source>Latin digits (0-9)</source>
            <translation>أرقام لاتينية (0-9)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="98" />
            <source>The language's usual calendar</source>
            <translation>التقويم المعتاد للغة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="98" />
            <source>Gregorian</source>
            <translation>ميلادي</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="99" />
            <source>Solar Hijri</source>
            <translation>هجري شمسي</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="99" />
            <source>Hijri (civil)</source>
            <translation>هجري (مدني)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="101" />
            <source>As this computer is set</source>
            <translation>حسب إعداد هذا الجهاز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="101" />
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="101" />
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="102" />
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="104" />
            <source>%1 %</source>
            <translation>%1٪</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="107" />
            <source>%1 × %2 mm</source>
            <translation>%1 × %2 مم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="111" />
            <source>Chosen by the screen</source>
            <translation>حسب الشاشة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="111" />
            <source>Touch</source>
            <translation>لمس</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="112" />
            <source>Mouse and keyboard</source>
            <translation>الفأرة ولوحة المفاتيح</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="114" />
            <source>This computer's default printer</source>
            <translation>الطابعة الافتراضية لهذا الجهاز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="167" />
            <source>Choose a number from %1 to %2.</source>
            <translation>اختر رقمًا من %1 إلى %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="170" />
            <source>Use at most %n character(s), none of them invisible.</source>
            <translation>
                <numerusform>استخدم %n حرفًا على الأكثر، بلا أحرف غير مرئية.</numerusform>
                <numerusform>استخدم حرفًا واحدًا (%n) على الأكثر، بلا أحرف غير مرئية.</numerusform>
                <numerusform>استخدم حرفين (%n) على الأكثر، بلا أحرف غير مرئية.</numerusform>
                <numerusform>استخدم %n أحرف على الأكثر، بلا أحرف غير مرئية.</numerusform>
                <numerusform>استخدم %n حرفًا على الأكثر، بلا أحرف غير مرئية.</numerusform>
                <numerusform>استخدم %n حرف على الأكثر، بلا أحرف غير مرئية.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="172" />
            <source>Choose one of the listed values.</source>
            <translation>اختر إحدى القيم المعروضة.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="173" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="199" />
            <source>Your preferences could not be saved on this computer. Nothing you chose is lost: try Save again, or tell IT if it keeps happening.</source>
            <translation>تعذّر حفظ تفضيلاتك على هذا الجهاز. لم يضِع شيء مما اخترته: اضغط «حفظ» مرة أخرى، أو أبلغ قسم تقنية المعلومات إذا تكرر ذلك.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="114" />
            <source>Or: %1</source>
            <translation>أو: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="121" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="230" />
            <source>Shelf</source>
            <translation>الرف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="122" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="159" />
            <source>Items</source>
            <translation>المنتجات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="129" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="229" />
            <source>Collect by</source>
            <translation>الاستلام قبل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="135" />
            <source>Scan at hand-over</source>
            <translation>امسح عند التسليم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="151" />
            <source>Printed %1</source>
            <translation>طُبع في %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="168" />
            <source>Continued on the next page</source>
            <translation>يتبع في الصفحة التالية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="181" />
            <source>Page %1 of %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="192" />
            <source>Scan to open the order</source>
            <translation>امسح لفتح الطلب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="198" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="305" />
            <location filename="../../clerk_app/ui/printing/printer.py" line="198" />
            <source>Pickup slip</source>
            <translation>قسيمة الاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="199" />
            <source>Order</source>
            <translation>الطلب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="215" />
            <source>Customer</source>
            <translation>العميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="217" />
            <source>May also collect</source>
            <translation>يمكنه الاستلام أيضًا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="227" />
            <source>Ordered</source>
            <translation>تاريخ الطلب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="228" />
            <source>Ready by</source>
            <translation>التجهيز قبل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="229" />
            <source>Set when ready</source>
            <translation>يُحدَّد عند الجاهزية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="230" />
            <source>Not on a shelf yet</source>
            <translation>لم يوضع على رف بعد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="247" />
            <source>Item</source>
            <translation>المنتج</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="247" />
            <source>SKU</source>
            <translation>رمز المنتج</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="248" />
            <source>Ordered</source>
            <comment>the quantity ordered, a column of counts</comment>
            <translation>المطلوب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="249" />
            <source>Picked</source>
            <translation>المُجهَّز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="275" />
            <source>Total</source>
            <translation>الإجمالي</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="288" />
            <source>Hand-over</source>
            <translation>التسليم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="289" />
            <source>Check the customer's pickup code in Clerk before handing anything over.</source>
            <translation>تحقّق من رمز الاستلام الخاص بالعميل في Clerk قبل تسليم أي شيء.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="292" />
            <source>Collected by (name)</source>
            <translation>المُستلِم (الاسم)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="292" />
            <source>ID checked (type, last 4)</source>
            <translation>التحقق من الهوية (النوع، آخر 4 خانات)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="293" />
            <source>Date and time</source>
            <translation>التاريخ والوقت</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="293" />
            <source>Handed over by</source>
            <translation>سلّمه</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="301" />
            <source>Customer signature</source>
            <translation>توقيع العميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="198" />
            <source>Bag label</source>
            <translation>ملصق الكيس</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="291" />
            <source>Print preview — %1</source>
            <translation>معاينة الطباعة — %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="298" />
            <source>Save as PDF…</source>
            <translation>حفظ بصيغة PDF…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="307" />
            <source>Save as PDF</source>
            <translation>حفظ بصيغة PDF</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="308" />
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="314" />
            <source>The PDF could not be saved to %1. Choose another folder.</source>
            <translation>تعذّر حفظ ملف PDF في %1. اختر مجلدًا آخر.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="317" />
            <source>Saved %1.</source>
            <translation>حُفظ %1.</translation>
        </message>
    </context>
    <context>
        <name>ProductView</name>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="86" />
            <location filename="../../clerk_app/ui/stock/view.py" line="306" />
            <source>Order for pickup at…</source>
            <translation>طلب للاستلام من…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="87" />
            <source>Order this product for the customer to collect at a store</source>
            <translation>اطلب هذا المنتج ليستلمه العميل من أحد المتاجر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="89" />
            <source>Add to the customer's online cart</source>
            <translation>إضافة إلى السلة الإلكترونية للعميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="90" />
            <source>The customer can buy it online later</source>
            <translation>يمكن للعميل شراؤه عبر الإنترنت لاحقًا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="101" />
            <source>This store</source>
            <translation>هذا المتجر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="107" />
            <location filename="../../clerk_app/ui/stock/view.py" line="132" />
            <source>Available</source>
            <translation>المتاح</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="108" />
            <source>On hand</source>
            <translation>المخزون الفعلي</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="109" />
            <source>Reserved</source>
            <translation>محجوز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="121" />
            <source>Stores</source>
            <translation>المتاجر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="131" />
            <source>Stock in other stores</source>
            <translation>المخزون في المتاجر الأخرى</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="132" />
            <source>Store</source>
            <translation>المتجر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="132" />
            <source>City</source>
            <translation>المدينة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="181" />
            <source>This store has no stock record for this product on this computer.</source>
            <translation>لا يوجد على هذا الجهاز سجل مخزون لهذا المنتج في هذا المتجر.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="187" />
            <source>As of %1</source>
            <translation>محدَّث حتى %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="188" />
            <source>Offline — as of %1</source>
            <translation>غير متصل — محدَّث حتى %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="229" />
            <source>Live · checked %1</source>
            <translation>مباشر · آخر تحقق %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="231" />
            <source>Every store's stock, from the store server.</source>
            <translation>مخزون كل المتاجر، من خادم المتجر.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="233" />
            <source>Checking…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="235" />
            <source>Asking the store server for every store's stock…</source>
            <translation>جارٍ الاستعلام من خادم المتجر عن مخزون كل المتاجر…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="237" />
            <source>Asking the store server; until it answers, as last seen at %1.</source>
            <translation>جارٍ الاستعلام من خادم المتجر؛ وإلى أن يرد، تظهر البيانات كما شوهدت آخر مرة في %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="241" />
            <source>Other stores can't be checked now: this computer is offline.</source>
            <translation>لا يمكن التحقق من المتاجر الأخرى الآن: هذا الجهاز غير متصل.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="242" />
            <source>Other stores could not be checked just now.</source>
            <translation>تعذّر التحقق من المتاجر الأخرى الآن.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="244" />
            <source>Not checked</source>
            <translation>لم يُتحقَّق منها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="246" />
            <source>They were not looked up on this computer yet.</source>
            <translation>لم يُستعلَم عنها على هذا الجهاز بعد.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="248" />
            <source>Last seen %1</source>
            <translation>آخر مشاهدة %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="250" />
            <source>Below: as last seen at %1; it may have changed.</source>
            <translation>أدناه: كما شوهدت آخر مرة في %1؛ وقد تكون تغيّرت.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="267" />
            <source>%1 (this store)</source>
            <translation>%1 (هذا المتجر)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="304" />
            <source>Order for pickup at %1</source>
            <translation>طلب للاستلام من %1</translation>
        </message>
    </context>
    <context>
        <name>RemindersModel</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Order</source>
            <translation>الطلب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Customer</source>
            <translation>العميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Ready since</source>
            <translation>جاهز منذ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Last reminder</source>
            <translation>آخر تذكير</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="71" />
            <source>Reminders sent</source>
            <translation>التذكيرات المرسلة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="167" />
            <source>%1 ago</source>
            <translation>منذ %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="170" />
            <source>Queued, waiting to sync</source>
            <translation>في قائمة الإرسال، بانتظار المزامنة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="171" />
            <source>Never</source>
            <translation>أبدًا</translation>
        </message>
    </context>
    <context>
        <name>RemindersView</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="206" />
            <source>Ready and not collected after</source>
            <translation>جاهزة ولم تُستلم بعد مرور</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="212" />
            <source>Ready and not collected after, in hours</source>
            <translation>جاهزة ولم تُستلم بعد مرور، بالساعات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="213" />
            <source>Hours since the order was ready</source>
            <translation>عدد الساعات منذ أن أصبح الطلب جاهزًا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="216" />
            <source>hours</source>
            <translation>ساعات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="224" />
            <source>Select all</source>
            <translation>تحديد الكل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="225" />
            <source>Select none</source>
            <translation>إلغاء التحديد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="239" />
            <source>Orders to remind</source>
            <translation>الطلبات المطلوب التذكير بها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="239" />
            <source>Space ticks or unticks an order</source>
            <translation>مفتاح المسافة يحدد الطلب أو يلغي تحديده</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="260" />
            <source>%n order(s) waiting</source>
            <translation>
                <numerusform>لا توجد طلبات بالانتظار</numerusform>
                <numerusform>طلب واحد بالانتظار</numerusform>
                <numerusform>طلبان بالانتظار</numerusform>
                <numerusform>%n طلبات بالانتظار</numerusform>
                <numerusform>%n طلبًا بالانتظار</numerusform>
                <numerusform>%n طلب بالانتظار</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="261" />
            <source>Ticked: customers not reminded in the last %n hour(s). Reminders are queued on this computer and sent when the connection allows. Double-click an order to open it.</source>
            <translation>
                <numerusform>المحدَّدون: عملاء لم يُذكَّروا خلال آخر %n ساعة. تُضاف التذكيرات إلى قائمة الإرسال على هذا الجهاز وتُرسل عندما يسمح الاتصال. انقر نقرًا مزدوجًا على طلب لفتحه.</numerusform>
                <numerusform>المحدَّدون: عملاء لم يُذكَّروا خلال الساعة الأخيرة. تُضاف التذكيرات إلى قائمة الإرسال على هذا الجهاز وتُرسل عندما يسمح الاتصال. انقر نقرًا مزدوجًا على طلب لفتحه.</numerusform>
                <numerusform>المحدَّدون: عملاء لم يُذكَّروا خلال آخر ساعتين. تُضاف التذكيرات إلى قائمة الإرسال على هذا الجهاز وتُرسل عندما يسمح الاتصال. انقر نقرًا مزدوجًا على طلب لفتحه.</numerusform>
                <numerusform>المحدَّدون: عملاء لم يُذكَّروا خلال آخر %n ساعات. تُضاف التذكيرات إلى قائمة الإرسال على هذا الجهاز وتُرسل عندما يسمح الاتصال. انقر نقرًا مزدوجًا على طلب لفتحه.</numerusform>
                <numerusform>المحدَّدون: عملاء لم يُذكَّروا خلال آخر %n ساعة. تُضاف التذكيرات إلى قائمة الإرسال على هذا الجهاز وتُرسل عندما يسمح الاتصال. انقر نقرًا مزدوجًا على طلب لفتحه.</numerusform>
                <numerusform>المحدَّدون: عملاء لم يُذكَّروا خلال آخر %n ساعة. تُضاف التذكيرات إلى قائمة الإرسال على هذا الجهاز وتُرسل عندما يسمح الاتصال. انقر نقرًا مزدوجًا على طلب لفتحه.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="264" />
            <source>Every ready order was collected within %n hour(s) of being ready. Nobody to remind.</source>
            <translation>
                <numerusform>استُلمت جميع الطلبات الجاهزة خلال %n ساعة من جاهزيتها. لا يوجد من يحتاج إلى تذكير.</numerusform>
                <numerusform>استُلمت جميع الطلبات الجاهزة خلال ساعة من جاهزيتها. لا يوجد من يحتاج إلى تذكير.</numerusform>
                <numerusform>استُلمت جميع الطلبات الجاهزة خلال ساعتين من جاهزيتها. لا يوجد من يحتاج إلى تذكير.</numerusform>
                <numerusform>استُلمت جميع الطلبات الجاهزة خلال %n ساعات من جاهزيتها. لا يوجد من يحتاج إلى تذكير.</numerusform>
                <numerusform>استُلمت جميع الطلبات الجاهزة خلال %n ساعة من جاهزيتها. لا يوجد من يحتاج إلى تذكير.</numerusform>
                <numerusform>استُلمت جميع الطلبات الجاهزة خلال %n ساعة من جاهزيتها. لا يوجد من يحتاج إلى تذكير.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="290" />
            <source>Send reminder to %n customer(s)</source>
            <translation>
                <numerusform>إرسال تذكير إلى %n عميل</numerusform>
                <numerusform>إرسال تذكير إلى عميل واحد</numerusform>
                <numerusform>إرسال تذكير إلى عميلين</numerusform>
                <numerusform>إرسال تذكير إلى %n عملاء</numerusform>
                <numerusform>إرسال تذكير إلى %n عميلًا</numerusform>
                <numerusform>إرسال تذكير إلى %n عميل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="327" />
            <source>Reminders queued for %n customer(s).</source>
            <translation>
                <numerusform>أُضيفت تذكيرات %n عميل إلى قائمة الإرسال.</numerusform>
                <numerusform>أُضيف تذكير عميل واحد إلى قائمة الإرسال.</numerusform>
                <numerusform>أُضيف تذكيرا عميلين إلى قائمة الإرسال.</numerusform>
                <numerusform>أُضيفت تذكيرات %n عملاء إلى قائمة الإرسال.</numerusform>
                <numerusform>أُضيفت تذكيرات %n عميلًا إلى قائمة الإرسال.</numerusform>
                <numerusform>أُضيفت تذكيرات %n عميل إلى قائمة الإرسال.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="329" />
            <source>%n order(s) skipped: no longer waiting on the shelf.</source>
            <translation>
                <numerusform>تم تخطي %n طلب: لم يعد بالانتظار على الرف.</numerusform>
                <numerusform>تم تخطي طلب واحد: لم يعد بالانتظار على الرف.</numerusform>
                <numerusform>تم تخطي طلبين: لم يعودا بالانتظار على الرف.</numerusform>
                <numerusform>تم تخطي %n طلبات: لم تعد بالانتظار على الرف.</numerusform>
                <numerusform>تم تخطي %n طلبًا: لم تعد بالانتظار على الرف.</numerusform>
                <numerusform>تم تخطي %n طلب: لم تعد بالانتظار على الرف.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsList</name>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="42" />
            <source>Customers found</source>
            <translation>العملاء الذين تم العثور عليهم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="42" />
            <source>Enter opens the customer</source>
            <translation>Enter يفتح صفحة العميل</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="51" />
            <source>Pickup %1 is not in this store's list.</source>
            <translation>طلب الاستلام %1 غير موجود في قائمة هذا المتجر.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="84" />
            <source>Scanned “%1”: this is not a pickup code, a bag label, an order number, a loyalty card or a product barcode.</source>
            <translation>تم مسح «%1»: هذا ليس رمز استلام ولا ملصق كيس ولا رقم طلب ولا بطاقة ولاء ولا باركود منتج.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="88" />
            <source>No product with barcode %1 on this computer. Clerk can look it up once it is back online.</source>
            <translation>لا يوجد على هذا الجهاز منتج بالباركود %1. يمكن لـ Clerk البحث عنه عند عودة الاتصال.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="97" />
            <source>No product has the barcode %1. Check the label, or search the product by its name on the Stock page.</source>
            <translation>لا يوجد منتج بالباركود %1. تحقق من الملصق، أو ابحث عن المنتج باسمه في صفحة المخزون.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="101" />
            <source>Product %1 could not be looked up just now. Try again in a moment.</source>
            <translation>تعذّر البحث عن المنتج %1 الآن. حاول مجددًا بعد قليل.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="115" />
            <source>No order %1 on this computer.</source>
            <translation>لا يوجد الطلب %1 على هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="116" />
            <source>No loyalty card %1 on this computer.</source>
            <translation>لا توجد بطاقة الولاء %1 على هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="118" />
            <source>Clerk will find it once it is back online.</source>
            <translation>سيعثر عليه Clerk عند عودة الاتصال.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="126" />
            <source>No order %1 was found.</source>
            <translation>لم يُعثر على الطلب %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="127" />
            <source>No loyalty card %1 was found.</source>
            <translation>لم يُعثر على بطاقة الولاء %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="38" />
            <source>Search name, email, phone, loyalty card or order number — or scan  (Ctrl+K)</source>
            <translation>ابحث بالاسم أو البريد الإلكتروني أو الهاتف أو بطاقة الولاء أو رقم الطلب — أو امسح ضوئيًا  (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="40" />
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="40" />
            <source>Name, email, phone, loyalty card or order number; a scan opens its record. Down arrow: the results.</source>
            <translation>الاسم أو البريد الإلكتروني أو الهاتف أو بطاقة الولاء أو رقم الطلب؛ المسح الضوئي يفتح السجل مباشرة. السهم للأسفل: النتائج.</translation>
        </message>
    </context>
    <context>
        <name>SetByIT</name>
        <message>
            <location filename="../../clerk_app/ui/common/set_by_it.py" line="12" />
            <source>Set by your IT department</source>
            <translation>يضبطه قسم تقنية المعلومات</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="64" />
            <source>Clerk</source>
            <translation>تطبيق Clerk</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="112" />
            <location filename="../../clerk_app/ui/session/signin.py" line="113" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="138" />
            <source>Your staff username</source>
            <translation>اسم المستخدم الخاص بك</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="140" />
            <source>The store server can't be reached. If you signed in on this computer recently, your password still works.</source>
            <translation>تعذّر الوصول إلى خادم المتجر. إذا سجّلت الدخول على هذا الجهاز مؤخرًا، فكلمة المرور لا تزال تعمل.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="145" />
            <source>&amp;Username</source>
            <translation>ا&amp;سم المستخدم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="146" />
            <location filename="../../clerk_app/ui/session/signin.py" line="179" />
            <source>&amp;Password</source>
            <translation>&amp;كلمة المرور</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="148" />
            <location filename="../../clerk_app/ui/session/signin.py" line="260" />
            <source>Sign in</source>
            <translation>تسجيل الدخول</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="169" />
            <source>Screen locked</source>
            <translation>الشاشة مقفلة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="181" />
            <location filename="../../clerk_app/ui/session/signin.py" line="261" />
            <source>Unlock</source>
            <translation>فتح القفل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="183" />
            <source>Switch staff</source>
            <translation>تبديل الموظف</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="184" />
            <source>Sign this person out so someone else can sign in</source>
            <translation>تسجيل خروج هذا الشخص ليتمكن شخص آخر من تسجيل الدخول</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="197" />
            <source>Manager</source>
            <translation>مدير</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="197" />
            <location filename="../../clerk_app/ui/session/signin.py" line="198" />
            <source>Associate</source>
            <translation>موظف مبيعات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="207" />
            <source>Demo staff: choose one, then press Enter</source>
            <translation>موظفو العرض التجريبي: اختر أحدهم ثم اضغط Enter</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="212" />
            <source>Username: %1</source>
            <translation>اسم المستخدم: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="238" />
            <source> · signed in offline</source>
            <translation> · تم تسجيل الدخول دون اتصال</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="277" />
            <source>Enter your username and password.</source>
            <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="292" />
            <source>Signing in…</source>
            <translation>جارٍ تسجيل الدخول…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="310" />
            <source>Signed in offline. Look-ups on the store server wait for the connection; what you do is saved here and syncs when it is back.</source>
            <translation>تم تسجيل الدخول دون اتصال. ينتظر البحث في خادم المتجر عودة الاتصال؛ وما تقوم به يُحفظ هنا ويُزامن عند عودته.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/signin.py" line="318" />
            <source>Too many wrong passwords. Sign-in for this username is locked for %n minute(s).</source>
            <translation>
                <numerusform>محاولات خاطئة كثيرة. تسجيل الدخول لاسم المستخدم هذا مقفل لمدة %n دقيقة.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. تسجيل الدخول لاسم المستخدم هذا مقفل لمدة دقيقة.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. تسجيل الدخول لاسم المستخدم هذا مقفل لمدة دقيقتين.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. تسجيل الدخول لاسم المستخدم هذا مقفل لمدة %n دقائق.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. تسجيل الدخول لاسم المستخدم هذا مقفل لمدة %n دقيقة.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. تسجيل الدخول لاسم المستخدم هذا مقفل لمدة %n دقيقة.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="321" />
            <source>This staff member is not on the staff of this store, so they can't sign in on this computer.</source>
            <translation>هذا الموظف ليس من موظفي هذا المتجر، لذا لا يمكنه تسجيل الدخول على هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="324" />
            <source>That username and password don't match. Check them and try again.</source>
            <translation>اسم المستخدم وكلمة المرور غير متطابقين. تحقّق منهما وحاول مجددًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="331" />
            <source>That password doesn't match. The store server can't be reached, so Clerk checked it on this computer.</source>
            <translation>كلمة المرور غير صحيحة. تعذّر الوصول إلى خادم المتجر، لذا تحقّق Clerk منها على هذا الجهاز.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/signin.py" line="334" />
            <source>Too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %n دقيقة.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد دقيقة.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد دقيقتين.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %n دقائق.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %n دقيقة.</numerusform>
                <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %n دقيقة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/signin.py" line="336" />
            <source>%1 hasn't signed in on this computer in the last %n hour(s), so the password can't be checked until the store server can be reached again.</source>
            <translation>
                <numerusform>لم يسجّل %1 دخوله على هذا الجهاز خلال آخر %n ساعة، لذا لا يمكن التحقق من كلمة المرور حتى يعود الوصول إلى خادم المتجر.</numerusform>
                <numerusform>لم يسجّل %1 دخوله على هذا الجهاز خلال الساعة الأخيرة، لذا لا يمكن التحقق من كلمة المرور حتى يعود الوصول إلى خادم المتجر.</numerusform>
                <numerusform>لم يسجّل %1 دخوله على هذا الجهاز خلال آخر ساعتين، لذا لا يمكن التحقق من كلمة المرور حتى يعود الوصول إلى خادم المتجر.</numerusform>
                <numerusform>لم يسجّل %1 دخوله على هذا الجهاز خلال آخر %n ساعات، لذا لا يمكن التحقق من كلمة المرور حتى يعود الوصول إلى خادم المتجر.</numerusform>
                <numerusform>لم يسجّل %1 دخوله على هذا الجهاز خلال آخر %n ساعة، لذا لا يمكن التحقق من كلمة المرور حتى يعود الوصول إلى خادم المتجر.</numerusform>
                <numerusform>لم يسجّل %1 دخوله على هذا الجهاز خلال آخر %n ساعة، لذا لا يمكن التحقق من كلمة المرور حتى يعود الوصول إلى خادم المتجر.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="340" />
            <source>The store server can't be reached and your password can't be checked on this computer. Try again when the connection is back, or choose Switch staff.</source>
            <translation>تعذّر الوصول إلى خادم المتجر ولا يمكن التحقق من كلمة المرور على هذا الجهاز. حاول مجددًا عند عودة الاتصال، أو اختر «تبديل الموظف».</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="342" />
            <source>Signing in didn't work. Please try again.</source>
            <translation>تعذّر تسجيل الدخول. يُرجى المحاولة مجددًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="353" />
            <source>Enter your password to unlock.</source>
            <translation>أدخل كلمة المرور لفتح القفل.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="365" />
            <source>Checking…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
    </context>
    <context>
        <name>Splash</name>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="113" />
            <source>Clerk</source>
            <translation>تطبيق Clerk</translation>
        </message>
    </context>
    <context>
        <name>StockPage</name>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="66" />
            <source>Stock</source>
            <translation>المخزون</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="68" />
            <location filename="../../clerk_app/ui/stock/page.py" line="70" />
            <source>Product name, SKU or barcode</source>
            <translation>اسم المنتج أو رمز المنتج أو الباركود</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="70" />
            <source>Search products</source>
            <translation>البحث عن المنتجات</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="81" />
            <source>Products found</source>
            <translation>المنتجات التي تم العثور عليها</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="103" />
            <source>Find a product</source>
            <translation>البحث عن منتج</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="105" />
            <source>Type a product's name, SKU or barcode — or scan its barcode on any screen.</source>
            <translation>اكتب اسم المنتج أو رمز المنتج أو الباركود — أو امسح الباركود ضوئيًا من أي شاشة.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="123" />
            <source>Product %1 is not on this computer.</source>
            <translation>المنتج %1 غير موجود على هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="169" />
            <source>From the store server</source>
            <translation>من خادم المتجر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="213" />
            <source>Search results appear here.</source>
            <translation>تظهر نتائج البحث هنا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="216" />
            <source>Found: %1</source>
            <translation>النتائج: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="216" />
            <source>No product found</source>
            <translation>لم يُعثر على منتج</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="218" />
            <source>on this computer · asking the server…</source>
            <translation>على هذا الجهاز · جارٍ الاستعلام من الخادم…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="220" />
            <source>%1 more from the server</source>
            <translation>%1 أخرى من الخادم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="221" />
            <source>on this computer and the server</source>
            <translation>على هذا الجهاز وعلى الخادم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="223" />
            <source>on this computer (the server could not be asked)</source>
            <translation>على هذا الجهاز (تعذّر الاستعلام من الخادم)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="226" />
            <source>on this computer (offline)</source>
            <translation>على هذا الجهاز (غير متصل)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="226" />
            <source>on this computer</source>
            <translation>على هذا الجهاز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="248" />
            <source>No product found for “%1”.</source>
            <translation>لم يُعثر على منتج لـ«%1».</translation>
        </message>
    </context>
    <context>
        <name>StockText</name>
        <message>
            <location filename="../../clerk_app/ui/stock/text.py" line="44" />
            <source>Store %1</source>
            <translation>المتجر %1</translation>
        </message>
    </context>
    <context>
        <name>StoreChoice</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="73" />
            <source>Store to collect from</source>
            <translation>متجر الاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="74" />
            <source>Store</source>
            <translation>المتجر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="74" />
            <source>Available</source>
            <translation>المتوفر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="74" />
            <source>Seen</source>
            <translation>آخر اطلاع</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="88" />
            <source>Checking the stock of every store…</source>
            <translation>جارٍ التحقق من مخزون كل المتاجر…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="132" />
            <source>%1 (this store)</source>
            <translation>%1 (هذا المتجر)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="138" />
            <source>Not seen yet</source>
            <translation>لم يُطّلع عليه بعد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="140" />
            <source>Live</source>
            <translation>مباشر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="142" />
            <source>As of %1</source>
            <translation>محدَّث حتى %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="147" />
            <source>None available at this store</source>
            <translation>غير متوفر في هذا المتجر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="171" />
            <source>Stock of every store, checked just now.</source>
            <translation>مخزون كل المتاجر، تم التحقق منه للتو.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="173" />
            <source>Offline: stock in other stores is as of %1, when it was last seen.</source>
            <translation>غير متصل: مخزون المتاجر الأخرى محدَّث حتى %1، وقت آخر اطلاع عليه.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="176" />
            <source>Offline: this computer has not seen other stores' stock of this product. The order may be refused if the store has none.</source>
            <translation>غير متصل: لم يطّلع هذا الجهاز على مخزون المتاجر الأخرى من هذا المنتج. قد يُرفض الطلب إن لم يكن متوفرًا في المتجر.</translation>
        </message>
    </context>
    <context>
        <name>activity</name>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="22" />
            <source>New</source>
            <translation>جديد</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="23" />
            <source>Being picked</source>
            <translation>قيد التجهيز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="24" />
            <source>Ready for pickup</source>
            <translation>جاهز للاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="25" />
            <source>Collected</source>
            <translation>تم الاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="26" />
            <location filename="../../clerk_app/ui/activity/words.py" line="92" />
            <source>Not collected</source>
            <translation>لم يُستلم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="27" />
            <source>Restocked</source>
            <translation>أُعيد إلى المخزون</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="28" />
            <source>Cancelled</source>
            <translation>ملغى</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="34" />
            <source>order %1</source>
            <translation>الطلب %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="34" />
            <source>an order</source>
            <translation>طلب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="54" />
            <source>Order %1 for pickup at %2</source>
            <translation>طلب %1 للاستلام من %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="56" />
            <source>Add %1 to the online cart</source>
            <translation>إضافة %1 إلى السلة الإلكترونية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="58" />
            <source>Start picking %1</source>
            <translation>بدء تجهيز %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="60" />
            <source>Mark %1 ready (shelf %2)</source>
            <translation>تحديد %1 كجاهز (الرف %2)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="63" />
            <source>Hand over %1 to %2</source>
            <translation>تسليم %1 إلى %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="64" />
            <source>Hand over %1</source>
            <translation>تسليم %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="67" />
            <source>Send a reminder for %1</source>
            <translation>إرسال تذكير بشأن %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="68" />
            <source>Tell the customer %1 is ready</source>
            <translation>إبلاغ العميل بأن %1 جاهز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="70" />
            <source>Customer arrived for %1</source>
            <translation>وصل العميل لاستلام %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="72" />
            <source>Mark %1 as not collected</source>
            <translation>تحديد %1 كغير مُستلَم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="74" />
            <source>Put %1 back in stock</source>
            <translation>إعادة %1 إلى المخزون</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="76" />
            <source>Cancel %1</source>
            <translation>إلغاء %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="78" />
            <source>Note on %1</source>
            <translation>ملاحظة على %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="78" />
            <source>a customer</source>
            <translation>عميل</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/activity/words.py" line="80" />
            <source>Customer views recorded: %n</source>
            <translation>
                <numerusform>سجلات مشاهدة العملاء: %n</numerusform>
                <numerusform>سجلات مشاهدة العملاء: %n</numerusform>
                <numerusform>سجلات مشاهدة العملاء: %n</numerusform>
                <numerusform>سجلات مشاهدة العملاء: %n</numerusform>
                <numerusform>سجلات مشاهدة العملاء: %n</numerusform>
                <numerusform>سجلات مشاهدة العملاء: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="81" />
            <location filename="../../clerk_app/ui/activity/words.py" line="99" />
            <source>Another change</source>
            <translation>تغيير آخر</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="87" />
            <source>Start picking</source>
            <translation>بدء التجهيز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="88" />
            <source>Mark ready</source>
            <translation>تحديد كجاهز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="89" />
            <source>Hand over</source>
            <translation>تسليم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="90" />
            <source>Customer notice</source>
            <translation>إشعار العميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="91" />
            <source>Customer arrived</source>
            <translation>وصل العميل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="93" />
            <source>Put back in stock</source>
            <translation>إعادة إلى المخزون</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="94" />
            <source>Cancel order</source>
            <translation>إلغاء الطلب</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="95" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="96" />
            <source>Record of customer views</source>
            <translation>سجل مشاهدات العملاء</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="97" />
            <source>Order for pickup</source>
            <translation>طلب للاستلام</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="98" />
            <source>Add to online cart</source>
            <translation>إضافة إلى السلة الإلكترونية</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="121" />
            <source>%1 no longer has enough: %2 available there now.</source>
            <translation>لم يعد لدى %1 ما يكفي: المتوفر هناك الآن %2.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="126" />
            <source>This order was cancelled: %1.</source>
            <translation>أُلغي هذا الطلب: %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="127" />
            <source>Someone else changed this order first: it is now “%1”.</source>
            <translation>غيّر شخص آخر هذا الطلب أولًا: حالته الآن «%1».</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="129" />
            <source>The pickup code did not match this order.</source>
            <translation>رمز الاستلام لا يطابق هذا الطلب.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="130" />
            <source>Only a manager may do this.</source>
            <translation>هذا الإجراء للمدير فقط.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="131" />
            <source>The store server no longer has this record.</source>
            <translation>لم يعد هذا السجل موجودًا على خادم المتجر.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="132" />
            <source>Someone else changed this record first.</source>
            <translation>غيّر شخص آخر هذا السجل أولًا.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="133" />
            <source>The store server already has a different version of this action.</source>
            <translation>لدى خادم المتجر نسخة مختلفة من هذا الإجراء.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="134" />
            <source>The store server does not know this action yet. It is kept here: retry it once the store server is updated.</source>
            <translation>لا يعرف خادم المتجر هذا الإجراء بعد. وهو محفوظ هنا: أعد المحاولة بعد تحديث خادم المتجر.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="141" />
            <source>The store server did not accept it: %1</source>
            <translation>لم يقبله خادم المتجر: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="142" />
            <source>The store server did not accept it.</source>
            <translation>لم يقبله خادم المتجر.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/app.py" line="129" />
            <source>Generating three stores and %n customer(s)…</source>
            <translation>
                <numerusform>جارٍ إنشاء ثلاثة متاجر و%n عميل…</numerusform>
                <numerusform>جارٍ إنشاء ثلاثة متاجر وعميل واحد…</numerusform>
                <numerusform>جارٍ إنشاء ثلاثة متاجر وعميلين…</numerusform>
                <numerusform>جارٍ إنشاء ثلاثة متاجر و%n عملاء…</numerusform>
                <numerusform>جارٍ إنشاء ثلاثة متاجر و%n عميلًا…</numerusform>
                <numerusform>جارٍ إنشاء ثلاثة متاجر و%n عميل…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="130" />
            <source>Setting up this computer as a counter of the first store…</source>
            <translation>جارٍ إعداد هذا الجهاز كنقطة بيع في المتجر الأول…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="202" />
            <source>Preparing the demo store…</source>
            <translation>جارٍ تجهيز المتجر التجريبي…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="207" />
            <location filename="../../clerk_app/ui/app.py" line="329" />
            <source>Opening Clerk…</source>
            <translation>جارٍ فتح Clerk…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="230" />
            <location filename="../../clerk_app/ui/app.py" line="376" />
            <source>Clerk</source>
            <translation>تطبيق Clerk</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="240" />
            <source>The Clerk demo is already open on this computer.</source>
            <translation>النسخة التجريبية من Clerk مفتوحة بالفعل على هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="244" />
            <source>The demo could not start. The details are in Clerk's log file.</source>
            <translation>تعذّر تشغيل النسخة التجريبية. التفاصيل في ملف سجل Clerk.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="254" />
            <source>Clerk could not open its secure storage.</source>
            <translation>تعذّر على Clerk فتح مخزنه الآمن.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="258" />
            <source>This computer has no secure storage for passwords, so you'll need to sign in again after restarting Clerk.</source>
            <translation>لا يوجد على هذا الجهاز مخزن آمن لكلمات المرور، لذا سيلزمك تسجيل الدخول مجددًا بعد إعادة تشغيل Clerk.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="276" />
            <source>Clerk is already open on this computer. Switch to the open Clerk window.</source>
            <translation>Clerk مفتوح بالفعل على هذا الجهاز. انتقل إلى نافذة Clerk المفتوحة.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="281" />
            <source>Clerk could not open its saved data.</source>
            <translation>تعذّر على Clerk فتح بياناته المحفوظة.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="294" />
            <source>Connecting this computer to the store…</source>
            <translation>جارٍ ربط هذا الجهاز بالمتجر…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/app.py" line="361" />
            <source>The saved data on this computer was damaged and is being downloaded again; actions waiting to sync that were kept: %n.</source>
            <translation>
                <numerusform>كانت البيانات المحفوظة على هذا الجهاز تالفة ويجري تنزيلها مجددًا؛ لم يُحتفظ بأي إجراء منتظر للمزامنة.</numerusform>
                <numerusform>كانت البيانات المحفوظة على هذا الجهاز تالفة ويجري تنزيلها مجددًا؛ تم الاحتفاظ بإجراء واحد بانتظار المزامنة.</numerusform>
                <numerusform>كانت البيانات المحفوظة على هذا الجهاز تالفة ويجري تنزيلها مجددًا؛ تم الاحتفاظ بإجراءين بانتظار المزامنة.</numerusform>
                <numerusform>كانت البيانات المحفوظة على هذا الجهاز تالفة ويجري تنزيلها مجددًا؛ تم الاحتفاظ بـ%n إجراءات بانتظار المزامنة.</numerusform>
                <numerusform>كانت البيانات المحفوظة على هذا الجهاز تالفة ويجري تنزيلها مجددًا؛ تم الاحتفاظ بـ%n إجراءً بانتظار المزامنة.</numerusform>
                <numerusform>كانت البيانات المحفوظة على هذا الجهاز تالفة ويجري تنزيلها مجددًا؛ تم الاحتفاظ بـ%n إجراء بانتظار المزامنة.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="364" />
            <source>Some actions waiting to sync could not be read and are lost; check them in the store system.</source>
            <translation>تعذّرت قراءة بعض الإجراءات المنتظرة للمزامنة وفُقدت؛ تحقّق منها في نظام المتجر.</translation>
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="13" />
            <source>Online</source>
            <translation>متصل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="14" />
            <source>Offline</source>
            <translation>غير متصل</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="15" />
            <source>Working offline</source>
            <translation>العمل دون اتصال</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="16" />
            <source>Device signed out</source>
            <translation>تم تسجيل خروج الجهاز</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="17" />
            <source>Server trouble</source>
            <translation>مشكلة في الخادم</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="18" />
            <source>Update Clerk</source>
            <translation>حدِّث تطبيق Clerk</translation>
        </message>
    </context>
    <context>
        <name>format</name>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="162" />
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="165" />
            <source>just now</source>
            <translation>الآن</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="167" />
            <source>%n min ago</source>
            <translation>
                <numerusform>منذ %n دقيقة</numerusform>
                <numerusform>منذ دقيقة</numerusform>
                <numerusform>منذ دقيقتين</numerusform>
                <numerusform>منذ %n دقائق</numerusform>
                <numerusform>منذ %n دقيقة</numerusform>
                <numerusform>منذ %n دقيقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="169" />
            <source>%n h ago</source>
            <translation>
                <numerusform>منذ %n ساعة</numerusform>
                <numerusform>منذ ساعة</numerusform>
                <numerusform>منذ ساعتين</numerusform>
                <numerusform>منذ %n ساعات</numerusform>
                <numerusform>منذ %n ساعة</numerusform>
                <numerusform>منذ %n ساعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="170" />
            <source>%n d ago</source>
            <translation>
                <numerusform>منذ %n يوم</numerusform>
                <numerusform>منذ يوم</numerusform>
                <numerusform>منذ يومين</numerusform>
                <numerusform>منذ %n أيام</numerusform>
                <numerusform>منذ %n يومًا</numerusform>
                <numerusform>منذ %n يوم</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="180" />
            <source>%1 d %2 h</source>
            <translation>%1 ي %2 س</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="183" />
            <source>%1 h %2 min</source>
            <translation>%1 س %2 د</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="185" />
            <source>%n min</source>
            <translation>
                <numerusform>%n د</numerusform>
                <numerusform>%n د</numerusform>
                <numerusform>%n د</numerusform>
                <numerusform>%n د</numerusform>
                <numerusform>%n د</numerusform>
                <numerusform>%n د</numerusform>
            </translation>
        </message>
    </context>
</TS>
