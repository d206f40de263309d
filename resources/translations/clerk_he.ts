<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../clerk_app/ui/common/a11y.py" line="60" />
            <source>Clear</source>
            <translation>ניקוי</translation>
        </message>
    </context>
    <context>
        <name>ActivityPage</name>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="67" />
            <source>Activity</source>
            <translation>פעילות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="71" />
            <location filename="../../clerk_app/ui/activity/page.py" line="232" />
            <source>Work offline</source>
            <translation>עבודה במצב לא מקוון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="73" />
            <source>Stop using the network until you choose to sync again (everything you do is kept on this computer)</source>
            <translation>הפסקת השימוש ברשת עד לבחירה בסנכרון מחדש (כל הפעולות נשמרות במחשב הזה)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="76" />
            <source>Sync now</source>
            <translation>סנכרון עכשיו</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="77" />
            <location filename="../../clerk_app/ui/activity/page.py" line="235" />
            <source>Send what waits and fetch what is new, right away</source>
            <translation>שליחת מה שממתין וקבלת מה שחדש, מיד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="96" />
            <location filename="../../clerk_app/ui/activity/page.py" line="101" />
            <source>Waiting to sync</source>
            <translation>ממתין לסנכרון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="97" />
            <source>Done at this counter and saved here; sent to the store server as soon as it can be reached.</source>
            <translation>בוצע בעמדה הזו ונשמר כאן; יישלח לשרת החנות ברגע שתהיה אליו גישה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="114" />
            <source>Nothing is waiting: everything done here has reached the store server.</source>
            <translation>אין פעולות ממתינות: כל מה שבוצע כאן הגיע לשרת החנות.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="123" />
            <source>Conflicts</source>
            <translation>התנגשויות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="124" />
            <source>Actions the store server could not apply, and what it says now. Decide for each: open the record, try again, or dismiss it.</source>
            <translation>פעולות ששרת החנות לא הצליח לבצע, ומה המצב אצלו עכשיו. יש להחליט לגבי כל אחת: לפתוח את הרשומה, לנסות שוב או להסיר אותה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="136" />
            <source>No conflicts.</source>
            <translation>אין התנגשויות.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="143" />
            <location filename="../../clerk_app/ui/activity/page.py" line="147" />
            <source>Sync log</source>
            <translation>יומן סנכרון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="144" />
            <source>What the sync did since Clerk started, newest first.</source>
            <translation>מה שהסנכרון ביצע מאז שקלרק הופעל, מהחדש לישן.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="175" />
            <source>The oldest %1 of %2 are shown.</source>
            <translation>מוצגות %1 הפעולות הוותיקות ביותר מתוך %2.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="204" />
            <source>Connected to the store server.</source>
            <translation>מחובר לשרת החנות.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="205" />
            <source>The store server cannot be reached; Clerk keeps trying.</source>
            <translation>אין גישה לשרת החנות; קלרק ממשיך לנסות.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="206" />
            <source>Working offline: nothing is sent until you sync again.</source>
            <translation>עבודה במצב לא מקוון: דבר לא נשלח עד לסנכרון הבא.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="207" />
            <source>The store server no longer accepts this computer.</source>
            <translation>שרת החנות כבר לא מקבל את המחשב הזה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="208" />
            <source>The store server answers with errors; Clerk keeps trying.</source>
            <translation>שרת החנות מחזיר שגיאות; קלרק ממשיך לנסות.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="209" />
            <source>The store server needs a newer Clerk: nothing is sent until Clerk is updated on this computer.</source>
            <translation>שרת החנות דורש גרסה חדשה יותר של קלרק: דבר לא יישלח עד שקלרק יעודכן במחשב הזה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="216" />
            <source>last synced %1</source>
            <translation>סונכרן לאחרונה %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="217" />
            <source>not synced yet</source>
            <translation>טרם סונכרן</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="227" />
            <source>Sync requested.</source>
            <translation>נשלחה בקשת סנכרון.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="232" />
            <source>Go back online</source>
            <translation>חזרה למצב מקוון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="234" />
            <source>Go back online first</source>
            <translation>יש לחזור קודם למצב מקוון</translation>
        </message>
    </context>
    <context>
        <name>AddToCartDialog</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="238" />
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="239" />
            <source>Add to the customer's online cart</source>
            <translation>הוספה לסל הקניות של הלקוח באתר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="240" />
            <source>Add to cart</source>
            <translation>הוספה לסל</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="241" />
            <source>The customer sees it in their cart on the web and in the app, and buys it later.</source>
            <translation>הלקוח יראה את זה בסל שלו באתר ובאפליקציה, ויקנה מאוחר יותר.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="247" />
            <source>Offline: the line is added here now and reaches the customer's cart when the connection is back.</source>
            <translation>לא מקוון: הפריט נוסף כאן עכשיו ויגיע לסל של הלקוח כשהחיבור יחזור.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="258" />
            <source>Added to the customer's online cart.</source>
            <translation>נוסף לסל הקניות של הלקוח באתר.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="78" />
            <source>Manager approval</source>
            <translation>אישור מנהל</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="82" />
            <source>A manager must approve: %1 for order %2</source>
            <translation>נדרש אישור מנהל: %1 (הזמנה %2)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="93" />
            <source>The manager types their own password</source>
            <translation>המנהל מקליד את הסיסמה שלו</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="101" />
            <source>Cancel</source>
            <translation>ביטול</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="106" />
            <source>A manager must sign in on this computer once before they can approve here. Ask a manager to sign in (Lock, then Switch staff), then try again.</source>
            <translation>מנהל צריך להתחבר פעם אחת במחשב הזה לפני שיוכל לאשר כאן. יש לבקש ממנהל להתחבר (נעילה ואז החלפת עובד) ולנסות שוב.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="111" />
            <source>Close</source>
            <translation>סגירה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="118" />
            <source>Manager</source>
            <translation>מנהל</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="119" />
            <source>Password</source>
            <translation>סיסמה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="121" />
            <source>The action is recorded in the manager's name.</source>
            <translation>הפעולה נרשמת על שם המנהל.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="122" />
            <location filename="../../clerk_app/ui/common/approval.py" line="185" />
            <source>Approve</source>
            <translation>אישור</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="145" />
            <source>The manager types their password to approve.</source>
            <translation>המנהל צריך להקליד את הסיסמה שלו כדי לאשר.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="173" />
            <source>That password doesn't match %1's. Nothing was done.</source>
            <translation>הסיסמה לא תואמת לסיסמה של %1. לא בוצעה שום פעולה.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/approval.py" line="175" />
            <source>Too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>יותר מדי סיסמאות שגויות. אפשר לנסות שוב בעוד דקה.</numerusform>
                <numerusform>יותר מדי סיסמאות שגויות. אפשר לנסות שוב בעוד %n דקות.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/approval.py" line="177" />
            <source>%1 hasn't signed in on this computer in the last %n hour(s). They need to sign in here once more before they can approve.</source>
            <translation>
                <numerusform>לא הייתה התחברות של %1 במחשב הזה בשעה האחרונה. נדרשת התחברות נוספת כאן לפני אישור.</numerusform>
                <numerusform>לא הייתה התחברות של %1 במחשב הזה ב-%n השעות האחרונות. נדרשת התחברות נוספת כאן לפני אישור.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="185" />
            <source>Checking…</source>
            <translation>בבדיקה…</translation>
        </message>
    </context>
    <context>
        <name>ArrivalDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="316" />
            <source>Customer arrived</source>
            <translation>הלקוח הגיע</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="319" />
            <source>%1 is here for order %2</source>
            <translation>%1 כאן לאיסוף הזמנה %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="322" />
            <source>Note (optional), for example: waiting in the car, blue van</source>
            <translation>הערה (לא חובה), לדוגמה: מחכה ברכב, טנדר כחול</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="324" />
            <source>Arrival note</source>
            <translation>הערת הגעה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="324" />
            <source>Optional, for whoever brings the order out</source>
            <translation>לא חובה, למי שמוציא את ההזמנה ללקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="326" />
            <source>Record arrival</source>
            <translation>רישום הגעה</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="69" />
            <source>Close this message</source>
            <translation>סגירת ההודעה</translation>
        </message>
    </context>
    <context>
        <name>CameraButton</name>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="105" />
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="106" />
            <source>Scan with the camera</source>
            <translation>סריקה במצלמה</translation>
        </message>
    </context>
    <context>
        <name>CameraScanDialog</name>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="168" />
            <source>Scan with the camera</source>
            <translation>סריקה במצלמה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="171" />
            <source>Hold the QR code or barcode in front of the camera, a hand's width away.</source>
            <translation>יש להחזיק את קוד ה-QR או את הברקוד מול המצלמה, במרחק של כף יד.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="175" />
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="177" />
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="213" />
            <source>Camera</source>
            <translation>מצלמה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="190" />
            <source>Cancel</source>
            <translation>ביטול</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="199" />
            <source>Scanning with the camera is not available on this computer. Type the code, or use the scanner.</source>
            <translation>אי אפשר לסרוק במצלמה במחשב הזה. יש להקליד את הקוד או להשתמש בסורק.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="209" />
            <source>No camera was found on this computer. Connect one and try again, or type the code.</source>
            <translation>לא נמצאה מצלמה במחשב הזה. יש לחבר מצלמה ולנסות שוב, או להקליד את הקוד.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="236" />
            <source>Clerk may not use the camera. Allow Clerk to use it in this computer's privacy settings (Camera), then try again.</source>
            <translation>לקלרק אין הרשאה להשתמש במצלמה. יש לאשר זאת בהגדרות הפרטיות של המחשב (מצלמה) ולנסות שוב.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="263" />
            <source>The camera could not be started. Close other apps that may be using it, then try again.</source>
            <translation>לא ניתן להפעיל את המצלמה. יש לסגור אפליקציות אחרות שאולי משתמשות בה ולנסות שוב.</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="34" />
            <source>The customer asked to cancel</source>
            <translation>הלקוח ביקש לבטל</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="34" />
            <source>Items out of stock or damaged</source>
            <translation>פריטים חסרים במלאי או פגומים</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="35" />
            <source>Payment problem</source>
            <translation>בעיה בתשלום</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="35" />
            <source>Duplicate order</source>
            <translation>הזמנה כפולה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="35" />
            <source>Other</source>
            <translation>אחר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="43" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="68" />
            <source>Cancel order</source>
            <translation>ביטול הזמנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="47" />
            <source>Cancel order %1</source>
            <translation>ביטול הזמנה %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="49" />
            <source>The customer is told the order is cancelled, and its items go back to stock.</source>
            <translation>הלקוח יקבל הודעה שההזמנה בוטלה, והפריטים שלה יחזרו למלאי.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="55" />
            <source>Choose a reason…</source>
            <translation>בחירת סיבה…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="59" />
            <source>Reason</source>
            <translation>סיבה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="62" />
            <source>Details (needed for Other)</source>
            <translation>פרטים (חובה עבור "אחר")</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="64" />
            <source>Details</source>
            <translation>פרטים</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="70" />
            <source>Keep the order</source>
            <translation>השארת ההזמנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="84" />
            <source>Choose why the order is cancelled.</source>
            <translation>יש לבחור את סיבת הביטול.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="86" />
            <source>Say in a few words why the order is cancelled.</source>
            <translation>יש לציין בכמה מילים למה ההזמנה מבוטלת.</translation>
        </message>
    </context>
    <context>
        <name>CartCard</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="253" />
            <source>Online cart</source>
            <translation>סל קניות באתר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="276" />
            <source>No online cart.</source>
            <translation>אין סל קניות באתר.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="279" />
            <source>Active</source>
            <translation>פעיל</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="279" />
            <source>Abandoned</source>
            <translation>נזנח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="280" />
            <source>Ordered</source>
            <translation>הוזמן</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="283" />
            <source>%1 · updated %2</source>
            <translation>%1 · עודכן %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>Product</source>
            <translation>מוצר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>Qty</source>
            <translation>כמות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>Price</source>
            <translation>מחיר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>In this store</source>
            <translation>בחנות הזו</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="302" />
            <source>Waiting to sync</source>
            <translation>ממתין לסנכרון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="303" />
            <source>Added on this computer; it reaches the customer's cart when the connection is back.</source>
            <translation>נוסף במחשב הזה; יגיע לסל של הלקוח כשהחיבור יחזור.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="309" />
            <source>Find in other stores</source>
            <translation>חיפוש בחנויות אחרות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="310" />
            <source>See which stores have this product</source>
            <translation>אילו חנויות מחזיקות את המוצר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="312" />
            <source>Order for pickup at…</source>
            <translation>הזמנה לאיסוף ב…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="313" />
            <source>Order it for the customer to collect at a store that has it</source>
            <translation>הזמנת המוצר לאיסוף הלקוח בחנות שיש בה מלאי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="326" />
            <source>Not stocked here</source>
            <translation>לא נמכר בחנות הזו</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="328" />
            <source>None available</source>
            <translation>אין במלאי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="330" />
            <source>Only %1 available</source>
            <translation>רק %1 במלאי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="332" />
            <source>%1 available</source>
            <translation>%1 במלאי</translation>
        </message>
    </context>
    <context>
        <name>ClerkContext</name>
        <message>
            <location filename="../../clerk_app/ui/common/context.py" line="175" />
            <source>An action could not be applied by the store server. See Activity.</source>
            <translation>שרת החנות לא הצליח לבצע פעולה. הפרטים במסך הפעילות.</translation>
        </message>
    </context>
    <context>
        <name>ConflictItem</name>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="139" />
            <source>Now:</source>
            <translation>עכשיו:</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="144" />
            <source>Tried by %1 at %2</source>
            <translation>נוסה על ידי %1 ב-%2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="149" />
            <source>The store server says: %1</source>
            <translation>שרת החנות מדווח: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="155" />
            <source>Open the record</source>
            <translation>פתיחת הרשומה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="158" />
            <source>Retry</source>
            <translation>ניסיון חוזר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="159" />
            <source>Send the same action again, as you, now</source>
            <translation>שליחת אותה פעולה שוב, עכשיו ובשמך</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="162" />
            <source>Dismiss</source>
            <translation>הסרה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="163" />
            <source>Accept the store server's version and remove this from the list</source>
            <translation>קבלת הגרסה של שרת החנות והסרת הפריט מהרשימה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="167" />
            <source>Order again…</source>
            <translation>הזמנה מחדש…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="168" />
            <source>Choose another store, or fewer, for the same customer</source>
            <translation>בחירת חנות אחרת, או כמות קטנה יותר, לאותו לקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="208" />
            <source>Queued again: %1</source>
            <translation>נוסף שוב לתור: %1</translation>
        </message>
    </context>
    <context>
        <name>ConnectionStatus</name>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="98" />
            <source>Open Activity: what waits to sync, conflicts and the sync log</source>
            <translation>פתיחת מסך הפעילות: מה ממתין לסנכרון, התנגשויות ויומן הסנכרון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="112" />
            <source>Connected to the store server; changes arrive within a second.</source>
            <translation>מחובר לשרת החנות; שינויים מגיעים תוך שנייה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="113" />
            <source>The store server cannot be reached. Keep working: what you do is saved here and syncs when the connection is back.</source>
            <translation>אין גישה לשרת החנות. אפשר להמשיך לעבוד: כל פעולה נשמרת כאן ומסונכרנת כשהחיבור יחזור.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="115" />
            <source>You chose to work offline. Nothing is sent until you sync again.</source>
            <translation>בחרת לעבוד במצב לא מקוון. דבר לא נשלח עד לסנכרון הבא.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="116" />
            <source>The store server no longer accepts this computer. A manager must enroll it again.</source>
            <translation>שרת החנות כבר לא מקבל את המחשב הזה. מנהל צריך לרשום אותו מחדש.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="117" />
            <source>The store server answers with errors. Clerk keeps retrying; your work is safe.</source>
            <translation>שרת החנות מחזיר שגיאות. קלרק ממשיך לנסות; העבודה שלך בטוחה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="118" />
            <source>The store server needs a newer Clerk. Keep working: what you do is saved here and syncs once IT updates Clerk on this computer.</source>
            <translation>שרת החנות דורש גרסה חדשה יותר של קלרק. אפשר להמשיך לעבוד: כל מה שנעשה נשמר כאן ויסונכרן אחרי שצוות ה-IT יעדכן את קלרק במחשב הזה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="137" />
            <source>Synced %1</source>
            <translation>סונכרן %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="138" />
            <source>Not synced yet</source>
            <translation>טרם סונכרן</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/main_window.py" line="141" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>פעולה אחת ממתינה לסנכרון</numerusform>
                <numerusform>%n ממתינות לסנכרון</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="141" />
            <source>All synced</source>
            <translation>הכול מסונכרן</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/main_window.py" line="143" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>התנגשות אחת</numerusform>
                <numerusform>%n התנגשויות</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="145" />
            <source>New conflict: an action was not applied. Activity shows it and your choices.</source>
            <translation>התנגשות חדשה: פעולה לא הוחלה. מסך הפעילות מציג אותה ואת האפשרויות שלך.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="78" />
            <source>Clerk</source>
            <translation>קלרק</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="91" />
            <source>Something went wrong.</source>
            <translation>משהו השתבש.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="92" />
            <source>Your work waiting to sync is safe. Clerk can keep running; if this repeats, restart it.</source>
            <translation>העבודה שממתינה לסנכרון שמורה ובטוחה. אפשר להמשיך לעבוד בקלרק; אם זה חוזר על עצמו, יש להפעיל אותו מחדש.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="102" />
            <source>Copy details</source>
            <translation>העתקת הפרטים</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="103" />
            <source>Copy the technical details, to send to your IT support</source>
            <translation>העתקת הפרטים הטכניים לשליחה לתמיכה הטכנית</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="105" />
            <source>Quit Clerk</source>
            <translation>יציאה מקלרק</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="107" />
            <source>Continue</source>
            <translation>המשך</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/crash.py" line="121" />
            <source>This happened %n time(s).</source>
            <translation>
                <numerusform>זה קרה פעם אחת.</numerusform>
                <numerusform>זה קרה %n פעמים.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="127" />
            <source>Copied</source>
            <translation>הועתק</translation>
        </message>
    </context>
    <context>
        <name>CustomerChoice</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="40" />
            <source>Change</source>
            <translation>שינוי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="41" />
            <source>Order for another customer</source>
            <translation>הזמנה ללקוח אחר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="46" />
            <source>Search this computer's customers: name, phone, email or card</source>
            <translation>חיפוש בלקוחות שבמחשב הזה: שם, טלפון, אימייל או כרטיס</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="48" />
            <source>Search customers</source>
            <translation>חיפוש לקוחות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="96" />
            <source>No customer on this computer matches.</source>
            <translation>אין במחשב הזה לקוח שמתאים לחיפוש.</translation>
        </message>
    </context>
    <context>
        <name>CustomerView</name>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="76" />
            <source>Order history</source>
            <translation>היסטוריית הזמנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="78" />
            <source>All channels · click an order for its lines</source>
            <translation>כל הערוצים · לחיצה על הזמנה מציגה את השורות שלה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="213" />
            <source>Loading this customer from the server…</source>
            <translation>טעינת הלקוח מהשרת…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="214" />
            <source>This customer is not on this computer, and the server cannot be asked right now.</source>
            <translation>הלקוח הזה לא שמור במחשב הזה, ואי אפשר לפנות לשרת כרגע.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="233" />
            <source>From the server · not kept on this computer</source>
            <translation>מהשרת · לא נשמר במחשב הזה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="236" />
            <source>Up to date · %1</source>
            <translation>מעודכן · %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="237" />
            <source>Checked with the store server just now.</source>
            <translation>נבדק מול שרת החנות ממש עכשיו.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="239" />
            <source>Offline — as of %1</source>
            <translation>לא מקוון — נכון ל-%1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="240" />
            <source>The store server cannot be reached: this is what this computer last heard.</source>
            <translation>אין גישה לשרת החנות: זה המידע האחרון שהגיע למחשב הזה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="242" />
            <source>As of %1 · refreshing…</source>
            <translation>נכון ל-%1 · מתרענן…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="245" />
            <source>As of %1</source>
            <translation>נכון ל-%1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="246" />
            <source>The server could not be asked just now.</source>
            <translation>לא ניתן היה לפנות לשרת כרגע.</translation>
        </message>
    </context>
    <context>
        <name>Customers</name>
        <message>
            <location filename="../../clerk_app/ui/customers/results.py" line="58" />
            <location filename="../../clerk_app/ui/customers/results.py" line="151" />
            <source>From the server</source>
            <translation>מהשרת</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="22" />
            <source>No tier</source>
            <translation>ללא דרגה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="24" />
            <source>Platinum</source>
            <translation>פלטינום</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="25" />
            <source>Gold</source>
            <translation>זהב</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="26" />
            <source>Silver</source>
            <translation>כסף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>Web</source>
            <translation>אתר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>App</source>
            <translation>אפליקציה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>In store</source>
            <translation>בחנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>Phone</source>
            <translation>טלפון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="32" />
            <source>Email</source>
            <translation>דוא"ל</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="32" />
            <source>Text message</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="38" />
            <source>Placed</source>
            <translation>בוצעה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="39" />
            <source>Paid</source>
            <translation>שולמה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="40" />
            <source>Fulfilled</source>
            <translation>סופקה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="41" />
            <location filename="../../clerk_app/ui/customers/text.py" line="50" />
            <source>Cancelled</source>
            <translation>בוטלה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="42" />
            <source>Returned</source>
            <translation>הוחזרה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="43" />
            <source>Partly returned</source>
            <translation>הוחזרה חלקית</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="48" />
            <source>New</source>
            <translation>חדשה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="48" />
            <source>Being picked</source>
            <translation>בליקוט</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="48" />
            <source>Ready for pickup</source>
            <translation>מוכנה לאיסוף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="49" />
            <source>Collected</source>
            <translation>נאספה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="49" />
            <source>Not collected</source>
            <translation>לא נאספה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="49" />
            <source>Restocked</source>
            <translation>הוחזרה למלאי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="61" />
            <source>Delivery</source>
            <translation>משלוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="67" />
            <source>Bought in store</source>
            <translation>נקנה בחנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="68" />
            <source>Bought at %1</source>
            <translation>נקנה בחנות %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="68" />
            <source>Bought in another store</source>
            <translation>נקנה בחנות אחרת</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="71" />
            <source>Pickup here</source>
            <translation>איסוף כאן</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="72" />
            <source>Pickup at %1</source>
            <translation>איסוף בחנות %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="72" />
            <source>Pickup at another store</source>
            <translation>איסוף בחנות אחרת</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="73" />
            <source>Customers</source>
            <translation>לקוחות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="105" />
            <source>Find a customer</source>
            <translation>חיפוש לקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="107" />
            <source>Type a name, email, phone, loyalty card or order number — or scan it.</source>
            <translation>אפשר להקליד שם, דוא"ל, טלפון, כרטיס מועדון או מספר הזמנה — או לסרוק.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="111" />
            <source>Ctrl+K jumps to the search bar from anywhere.</source>
            <translation>Ctrl+K מעביר לשורת החיפוש מכל מקום.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="142" />
            <source>No customer found for “%1”.</source>
            <translation>לא נמצא לקוח עבור "%1".</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="203" />
            <source>Search results appear here.</source>
            <translation>תוצאות החיפוש יופיעו כאן.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="206" />
            <source>Found: %1</source>
            <translation>נמצאו: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="206" />
            <source>No customer found</source>
            <translation>לא נמצא לקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="208" />
            <source>on this computer · asking the server…</source>
            <translation>במחשב הזה · מתבצעת בדיקה בשרת…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="210" />
            <source>%1 more from the server</source>
            <translation>עוד %1 מהשרת</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="211" />
            <source>the server has no others</source>
            <translation>אין בשרת תוצאות נוספות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="213" />
            <source>from this computer only (the server did not answer)</source>
            <translation>מהמחשב הזה בלבד (השרת לא ענה)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="215" />
            <source>from this computer only (signed in offline)</source>
            <translation>מהמחשב הזה בלבד (התחברות במצב לא מקוון)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="217" />
            <source>Offline — from this computer only</source>
            <translation>לא מקוון — מהמחשב הזה בלבד</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="58" />
            <source>Under 1 h</source>
            <translation>פחות משעה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="58" />
            <source>1–4 h</source>
            <translation>1–4 שע׳</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="59" />
            <source>4–24 h</source>
            <translation>4–24 שע׳</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="59" />
            <source>1–3 days</source>
            <translation>1–3 ימים</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="60" />
            <source>Over 3 days</source>
            <translation>יותר מ-3 ימים</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="219" />
            <source>Pickups per day</source>
            <translation>הזמנות איסוף ליום</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="224" />
            <source>Created</source>
            <translation>נוצרו</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="225" />
            <source>Picked up</source>
            <translation>נאספו</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="230" />
            <source>How long open pickups have waited</source>
            <translation>כמה זמן ממתינות הזמנות האיסוף הפתוחות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="235" />
            <source>Waiting</source>
            <translation>ממתינות</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="65" />
            <source>Only a store manager can see the store's figures.</source>
            <translation>רק מנהל חנות יכול לראות את נתוני החנות.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="95" />
            <source>Dashboard</source>
            <translation>לוח בקרה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>Today</source>
            <translation>היום</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>7 days</source>
            <translation>7 ימים</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>30 days</source>
            <translation>30 ימים</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>Custom</source>
            <translation>טווח מותאם</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="123" />
            <source>to</source>
            <translation>עד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="128" />
            <source>Export to CSV…</source>
            <translation>ייצוא ל-CSV…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="129" />
            <source>Save the pickups created in this period as a spreadsheet file</source>
            <translation>שמירת הזמנות האיסוף שנוצרו בתקופה הזו כקובץ גיליון אלקטרוני</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="136" />
            <source>Closed pickups older than 30 days are not kept on this computer; these figures may be incomplete.</source>
            <translation>הזמנות איסוף סגורות בנות יותר מ-30 יום לא נשמרות במחשב הזה; ייתכן שהנתונים חלקיים.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="143" />
            <source>Open pickups</source>
            <translation>הזמנות איסוף פתוחות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="143" />
            <source>Overdue now</source>
            <translation>באיחור כרגע</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="144" />
            <source>Ready and waiting</source>
            <translation>מוכנות וממתינות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="144" />
            <source>Picked up today</source>
            <translation>נאספו היום</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="145" />
            <source>Orders in the period</source>
            <translation>הזמנות בתקופה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="145" />
            <source>Order to ready (median)</source>
            <translation>זמן הכנה (חציון)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="146" />
            <source>Ready on time</source>
            <translation>מוכנות בזמן</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="146" />
            <source>Wait on shelf (median)</source>
            <translation>המתנה על המדף (חציון)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="147" />
            <source>No-show rate</source>
            <translation>שיעור אי-איסוף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="150" />
            <source>Right now</source>
            <translation>כרגע</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="278" />
            <source>Orders created %1</source>
            <translation>הזמנות שנוצרו %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="293" />
            <source>on %1</source>
            <translation>ב-%1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="294" />
            <source>from %1 to %2</source>
            <translation>מ-%1 עד %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="300" />
            <source>%1 new · %2 picking · %3 ready</source>
            <translation>%1 חדשות · %2 בליקוט · %3 מוכנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="303" />
            <source>not ready by the promised time</source>
            <translation>לא היו מוכנות עד המועד שהובטח</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="307" />
            <source>%n past collect-by</source>
            <translation>
                <numerusform>אחת עברה את מועד האיסוף</numerusform>
                <numerusform>%n עברו את מועד האיסוף</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="307" />
            <source>on the shelf</source>
            <translation>על המדף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="308" />
            <source>handed over since midnight</source>
            <translation>נמסרו מאז חצות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="309" />
            <source>%1 picked up · %2 no-show · %3 cancelled</source>
            <translation>%1 נאספו · %2 לא נאספו · %3 בוטלו</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="312" />
            <source>No order created in this period has been ready yet.</source>
            <translation>אף הזמנה שנוצרה בתקופה הזו עדיין לא הייתה מוכנה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="313" />
            <source>from order to on the shelf</source>
            <translation>מההזמנה ועד שהונחה על המדף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="315" />
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="317" />
            <source>by the promised time</source>
            <translation>עד המועד שהובטח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="319" />
            <source>from ready to collected</source>
            <translation>מרגע שהייתה מוכנה ועד שנאספה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="320" />
            <source>No order created in this period has been collected yet.</source>
            <translation>אף הזמנה שנוצרה בתקופה הזו עדיין לא נאספה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="322" />
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="325" />
            <source>of collected or missed orders</source>
            <translation>מתוך ההזמנות שנאספו או לא נאספו</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="323" />
            <source>No order created in this period was collected or missed yet.</source>
            <translation>אף הזמנה שנוצרה בתקופה הזו עדיין לא נאספה או הוחמצה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="336" />
            <source>Overdue</source>
            <translation>באיחור</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="336" />
            <source>Past collect-by</source>
            <translation>עבר מועד האיסוף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="337" />
            <source>To restock (no-shows)</source>
            <translation>להחזרה למלאי (לא נאספו)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="352" />
            <source>Figures from this computer's data; it has not synced with the store server yet.</source>
            <translation>נתונים מהמידע שבמחשב הזה; הוא עדיין לא סונכרן עם שרת החנות.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="354" />
            <source>Figures from this computer's data, as of %1.</source>
            <translation>נתונים מהמידע שבמחשב הזה, נכון ל-%1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="356" />
            <source>Offline: figures from this computer's data as of %1. Changes made elsewhere since then are not counted.</source>
            <translation>לא מקוון: נתונים מהמידע שבמחשב הזה נכון ל-%1. שינויים שבוצעו במקום אחר מאז לא נכללים.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="371" />
            <source>Export pickups to CSV</source>
            <translation>ייצוא הזמנות איסוף ל-CSV</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="372" />
            <source>CSV files (*.csv)</source>
            <translation>קובצי CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="392" />
            <source>%Ln pickup(s) created %1, with their state now.</source>
            <translation>
                <numerusform>הזמנת איסוף אחת שנוצרה %1, עם הסטטוס הנוכחי שלה.</numerusform>
                <numerusform>%Ln הזמנות איסוף שנוצרו %1, עם הסטטוס הנוכחי שלהן.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DemoMenu</name>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="50" />
            <source>&amp;Demo</source>
            <translation>&amp;הדגמה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="51" />
            <source>&amp;Help</source>
            <translation>&amp;עזרה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="53" />
            <location filename="../../clerk_app/ui/demo/menu.py" line="72" />
            <source>Restore the connection</source>
            <translation>שחזור החיבור</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="53" />
            <location filename="../../clerk_app/ui/demo/menu.py" line="72" />
            <source>Cut the connection</source>
            <translation>ניתוק החיבור</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="54" />
            <source>Act as if the store's network cable were pulled</source>
            <translation>הדמיה של ניתוק כבל הרשת של החנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="55" />
            <source>New web order for pickup</source>
            <translation>הזמנה חדשה מהאתר לאיסוף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="56" />
            <source>Customer edits their online cart</source>
            <translation>לקוח עורך את סל הקניות באתר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="57" />
            <source>Cancel an order centrally</source>
            <translation>ביטול הזמנה מהמטה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="58" />
            <location filename="../../clerk_app/ui/demo/menu.py" line="143" />
            <source>Demo tour</source>
            <translation>סיור הדגמה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="75" />
            <source>The connection is cut. Keep working: what you do waits to sync.</source>
            <translation>החיבור נותק. אפשר להמשיך לעבוד: כל פעולה ממתינה לסנכרון.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="76" />
            <source>The connection is back. Waiting actions are being sent.</source>
            <translation>החיבור חזר. הפעולות הממתינות נשלחות עכשיו.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="100" />
            <source>A new web order for pickup arrived: order %1 for %2.</source>
            <translation>התקבלה הזמנה חדשה מהאתר לאיסוף: הזמנה %1 עבור %2.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="102" />
            <source>No customer could place a web order.</source>
            <translation>אף לקוח לא יכול היה לבצע הזמנה באתר.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="113" />
            <source>%1 changed their online cart; it now comes to %2.</source>
            <translation>סל הקניות באתר של %1 השתנה; הסכום עכשיו %2.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="115" />
            <source>No customer has a cart to edit.</source>
            <translation>לאף לקוח אין סל לעריכה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="129" />
            <source>The customer service centre cancelled order %1 (%2). If it was being handed over here, Activity shows a conflict.</source>
            <translation>מוקד שירות הלקוחות ביטל את הזמנה %1 (%2). אם היא הייתה במסירה כאן, מסך הפעילות יציג התנגשות.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="132" />
            <source>No open order of this store could be cancelled.</source>
            <translation>אין הזמנה פתוחה של החנות הזו שאפשר לבטל.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="140" />
            <source>%1 (username %2)</source>
            <translation>%1 (שם משתמש %2)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="142" />
            <source>an associate</source>
            <translation>עובד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="143" />
            <source>Try this</source>
            <translation>כדאי לנסות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="145" />
            <source>&lt;ol&gt;&lt;li&gt;Sign in as %1 with the password &lt;b&gt;%2&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Demo → &lt;b&gt;Cut the connection&lt;/b&gt;: the status bar turns to Offline.&lt;/li&gt;&lt;li&gt;Open Pickups and hand over a ready order: it shows at once, marked as waiting to sync.&lt;/li&gt;&lt;li&gt;Demo → &lt;b&gt;Restore the connection&lt;/b&gt; and watch it sync in Activity.&lt;/li&gt;&lt;li&gt;Cut the connection again, start handing over another order, then Demo → &lt;b&gt;Cancel an order centrally&lt;/b&gt;. Restore the connection: Activity shows the conflict and your choices.&lt;/li&gt;&lt;li&gt;While online, Demo → &lt;b&gt;New web order for pickup&lt;/b&gt;: it appears in Pickups without a refresh.&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;ol&gt;&lt;li&gt;להתחבר בתור %1 עם הסיסמה &lt;b&gt;%2&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;הדגמה ← &lt;b&gt;ניתוק החיבור&lt;/b&gt;: שורת המצב עוברת ל"לא מקוון".&lt;/li&gt;&lt;li&gt;לפתוח את "איסוף עצמי" ולמסור הזמנה מוכנה: המסירה מוצגת מיד, עם סימון שהיא ממתינה לסנכרון.&lt;/li&gt;&lt;li&gt;הדגמה ← &lt;b&gt;שחזור החיבור&lt;/b&gt;, ולצפות בסנכרון במסך "פעילות".&lt;/li&gt;&lt;li&gt;לנתק שוב את החיבור, להתחיל למסור הזמנה אחרת, ואז הדגמה ← &lt;b&gt;ביטול הזמנה מהמטה&lt;/b&gt;. לשחזר את החיבור: מסך "פעילות" מציג את ההתנגשות ואת האפשרויות שלך.&lt;/li&gt;&lt;li&gt;במצב מקוון, הדגמה ← &lt;b&gt;הזמנה חדשה מהאתר לאיסוף&lt;/b&gt;: היא מופיעה ב"איסוף עצמי" בלי רענון.&lt;/li&gt;&lt;/ol&gt;</translation>
        </message>
    </context>
    <context>
        <name>EnrollCountersDialog</name>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="38" />
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="43" />
            <source>Enroll counters</source>
            <translation>רישום עמדות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="54" />
            <source>Cancel</source>
            <translation>ביטול</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="55" />
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="137" />
            <source>Create code</source>
            <translation>יצירת קוד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="56" />
            <source>Copy code</source>
            <translation>העתקת הקוד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="57" />
            <source>Done</source>
            <translation>סיום</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="74" />
            <source>A code lets new counters join %1 without a manager's password: type it on the counter when Clerk first starts, or give it to IT.</source>
            <translation>הקוד מאפשר לעמדות חדשות להצטרף אל %1 בלי סיסמה של מנהל: מקלידים אותו בעמדה כשקלרק נפתח בפעם הראשונה, או מוסרים אותו למחלקת המחשוב.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="83" />
            <source>Valid for (hours)</source>
            <translation>תוקף (בשעות)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="84" />
            <source>Number of counters</source>
            <translation>מספר עמדות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="104" />
            <source>This code is shown only now. Write it down or copy it before you close this window.</source>
            <translation>הקוד מוצג רק עכשיו. יש לרשום או להעתיק אותו לפני סגירת החלון.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="137" />
            <source>Creating…</source>
            <translation>יוצר…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="159" />
            <source>Works until %1 for %n counter(s).</source>
            <translation>
                <numerusform>בתוקף עד %1 לעמדה אחת.</numerusform>
                <numerusform>בתוקף עד %1 ל-%n עמדות.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="168" />
            <source>Copied</source>
            <translation>הועתק</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="180" />
            <source>Creating a code needs your online sign-in. Lock the screen and sign in again while the store server can be reached.</source>
            <translation>יצירת קוד דורשת התחברות מקוונת. יש לנעול את המסך ולהתחבר שוב כששרת החנות זמין.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="185" />
            <source>Clerk can't reach the store server, and creating a code needs it. Try again when the connection is back.</source>
            <translation>קלרק לא מצליח להגיע לשרת החנות, ויצירת קוד דורשת אותו. יש לנסות שוב כשהחיבור יחזור.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="190" />
            <source>Only a manager of this store can create enrollment codes.</source>
            <translation>רק מנהל של החנות הזו יכול ליצור קודי רישום.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="192" />
            <source>The store server is busy. Try again in a moment.</source>
            <translation>שרת החנות עמוס. יש לנסות שוב בעוד רגע.</translation>
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="60" />
            <source>Set up Clerk on this computer</source>
            <translation>הגדרת קלרק במחשב הזה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="66" />
            <source>Set up this computer</source>
            <translation>הגדרת המחשב הזה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="78" />
            <source>Cancel</source>
            <translation>ביטול</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="79" />
            <source>Back</source>
            <translation>חזרה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="80" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="207" />
            <source>Continue</source>
            <translation>המשך</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="84" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="208" />
            <source>Connect this computer</source>
            <translation>חיבור המחשב הזה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="105" />
            <source>Clerk connects to your store once. A manager signs in here to do it; after that, staff sign in with their own username.</source>
            <translation>קלרק מתחבר לחנות שלך פעם אחת. לשם כך מנהל מתחבר כאן; לאחר מכן כל עובד מתחבר עם שם המשתמש שלו.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="115" />
            <source>Store server address</source>
            <translation>כתובת שרת החנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="120" />
            <source>A manager signs in</source>
            <translation>מנהל מתחבר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="121" />
            <source>I have an enrollment code</source>
            <translation>יש לי קוד רישום</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="128" />
            <source>Manager's username</source>
            <translation>שם המשתמש של המנהל</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="128" />
            <source>Password</source>
            <translation>סיסמה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="131" />
            <source>Set by your IT department</source>
            <translation>נקבע על ידי מחלקת המחשוב</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="134" />
            <source>Enrollment code</source>
            <translation>קוד רישום</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="134" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="172" />
            <source>This computer's name</source>
            <translation>שם המחשב הזה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="164" />
            <source>As staff call it, e.g. Riverside</source>
            <translation>כפי שהצוות קורא לה, למשל סניף הנמל</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="166" />
            <source>Store</source>
            <translation>חנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="171" />
            <source>Store name shown in Clerk</source>
            <translation>שם החנות שיוצג בקלרק</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="207" />
            <source>Signing in…</source>
            <translation>מתחבר…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="208" />
            <source>Connecting…</source>
            <translation>מתבצע חיבור…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="222" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="275" />
            <source>The store server address must start with https:// (http:// only for a server on this computer), for example https://central.example.com</source>
            <translation>כתובת שרת החנות חייבת להתחיל ב-https:// (או http:// רק עבור שרת במחשב הזה), לדוגמה https://central.example.com</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="228" />
            <source>Enter the manager's username and password.</source>
            <translation>יש להזין את שם המשתמש והסיסמה של המנהל.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="255" />
            <source>Signed in as %1 (manager). Choose the store this computer works for.</source>
            <translation>מחובר בתור %1 (מנהל). יש לבחור את החנות שהמחשב הזה עובד בשבילה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="282" />
            <source>An enrollment code has ten letters and digits, like %1. Check it and try again.</source>
            <translation>קוד רישום מורכב מעשר אותיות וספרות, למשל %1. יש לבדוק אותו ולנסות שוב.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="345" />
            <source>Only a manager can set up this computer. Ask a manager of this store to sign in here.</source>
            <translation>רק מנהל יכול להגדיר את המחשב הזה. יש לבקש ממנהל של החנות הזו להתחבר כאן.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="350" />
            <source>Clerk can't reach the store server at that address. Check the address and the network, then try again.</source>
            <translation>קלרק לא מצליח להגיע לשרת החנות בכתובת הזו. יש לבדוק את הכתובת ואת הרשת ולנסות שוב.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="353" />
            <source>That enrollment code is wrong, used up or expired. Ask a manager for a new one.</source>
            <translation>קוד הרישום הזה שגוי, נוצל עד הסוף או שפג תוקפו. יש לבקש ממנהל קוד חדש.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/enroll.py" line="356" />
            <source>Too many wrong enrollment codes. Try again in %n minute(s).</source>
            <translation>
                <numerusform>יותר מדי קודי רישום שגויים. יש לנסות שוב בעוד דקה.</numerusform>
                <numerusform>יותר מדי קודי רישום שגויים. יש לנסות שוב בעוד %n דקות.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="358" />
            <source>That username and password don't match. Check them and try again.</source>
            <translation>שם המשתמש והסיסמה לא תואמים. יש לבדוק אותם ולנסות שוב.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/enroll.py" line="363" />
            <source>Too many wrong passwords. Sign-in for this username is locked for %n minute(s).</source>
            <translation>
                <numerusform>יותר מדי סיסמאות שגויות. ההתחברות עם שם המשתמש הזה נעולה לדקה אחת.</numerusform>
                <numerusform>יותר מדי סיסמאות שגויות. ההתחברות עם שם המשתמש הזה נעולה ל-%n דקות.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="366" />
            <source>That address doesn't answer like a Clerk store server. Check it and try again.</source>
            <translation>הכתובת הזו לא עונה כמו שרת חנות של קלרק. יש לבדוק אותה ולנסות שוב.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="370" />
            <source>Clerk couldn't save its settings on this computer. Check the disk and try again.</source>
            <translation>קלרק לא הצליח לשמור את ההגדרות שלו במחשב הזה. יש לבדוק את הדיסק ולנסות שוב.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="65" />
            <source>Export to CSV</source>
            <translation>ייצוא ל-CSV</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="77" />
            <source>Export pickups to CSV</source>
            <translation>ייצוא הזמנות איסוף ל-CSV</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="80" />
            <source>To: %1</source>
            <translation>אל: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="91" />
            <source>Open folder</source>
            <translation>פתיחת התיקייה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="93" />
            <source>Cancel</source>
            <translation>ביטול</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="95" />
            <source>Close</source>
            <translation>סגירה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="110" />
            <source>Writing the file…</source>
            <translation>כתיבת הקובץ…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Order number</source>
            <translation>מספר הזמנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Customer</source>
            <translation>לקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Status</source>
            <translation>סטטוס</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Created</source>
            <translation>נוצרה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Promised by</source>
            <translation>הובטחה עד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Ready at</source>
            <translation>מוכנה בשעה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Collect by</source>
            <translation>לאיסוף עד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Picked up at</source>
            <translation>נאספה בשעה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Shelf</source>
            <translation>מדף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Items</source>
            <translation>פריטים</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Hand-over ID check</source>
            <translation>בדיקת תעודה במסירה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Cancel reason</source>
            <translation>סיבת ביטול</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="145" />
            <source>Stopping…</source>
            <translation>עוצר…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/export.py" line="174" />
            <source>Saved %Ln pickup(s) to %1.</source>
            <translation>
                <numerusform>הזמנת איסוף אחת נשמרה ב-%1.</numerusform>
                <numerusform>%Ln הזמנות איסוף נשמרו ב-%1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="179" />
            <source>Export cancelled. No file was saved.</source>
            <translation>הייצוא בוטל. לא נשמר קובץ.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="182" />
            <source>an unexpected error</source>
            <translation>שגיאה לא צפויה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="183" />
            <source>The file could not be saved (%1). Try another folder.</source>
            <translation>לא ניתן היה לשמור את הקובץ (%1). כדאי לנסות תיקייה אחרת.</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="37" />
            <source>Other</source>
            <translation>אחר</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="183" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="245" />
            <source>Hand over</source>
            <translation>מסירה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="187" />
            <source>Hand over order %1</source>
            <translation>מסירת הזמנה %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="190" />
            <source>On shelf %1</source>
            <translation>על מדף %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="196" />
            <source>Type or scan the customer's code</source>
            <translation>הקלדה או סריקה של הקוד של הלקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="206" />
            <source>Pickup code</source>
            <translation>קוד איסוף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="214" />
            <source>%1 (the customer)</source>
            <translation>%1 (הלקוח)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="220" />
            <source>%1 (named by the customer)</source>
            <translation>%1 (מורשה מטעם הלקוח)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="223" />
            <source>Collected by</source>
            <translation>נאסף על ידי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="229" />
            <source>ID checked</source>
            <translation>תעודה שנבדקה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="232" />
            <source>Last 4 characters of the document</source>
            <translation>4 התווים האחרונים של התעודה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="233" />
            <source>Last four</source>
            <translation>4 אחרונים</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="236" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="237" />
            <source>Collected</source>
            <translation>נאסף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="237" />
            <source>Item</source>
            <translation>פריט</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="237" />
            <source>Picked</source>
            <translation>לוקט</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="279" />
            <source>%n item(s) stay in the store and go back to stock.</source>
            <translation>
                <numerusform>פריט אחד נשאר בחנות וחוזר למלאי.</numerusform>
                <numerusform>%n פריטים נשארים בחנות וחוזרים למלאי.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="287" />
            <source>That is the bag's label. Ask the customer for their pickup code, or scan the code on their phone.</source>
            <translation>זו מדבקת השקית. יש לבקש מהלקוח את קוד האיסוף, או לסרוק את הקוד שבטלפון שלו.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="294" />
            <source>Enter the pickup code the customer shows.</source>
            <translation>יש להזין את קוד האיסוף שהלקוח מציג.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="296" />
            <source>That code doesn't match this order. Check the code on the customer's confirmation.</source>
            <translation>הקוד לא תואם להזמנה הזו. יש לבדוק את הקוד באישור ההזמנה של הלקוח.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="300" />
            <source>Enter the last four characters of the ID document.</source>
            <translation>יש להזין את 4 התווים האחרונים של התעודה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="302" />
            <source>Nothing is collected. Hand over at least one item.</source>
            <translation>לא נאסף דבר. יש למסור לפחות פריט אחד.</translation>
        </message>
    </context>
    <context>
        <name>HeaderCard</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="101" />
            <source>Points: %1</source>
            <translation>נקודות: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="103" />
            <source>Not in the loyalty programme</source>
            <translation>אין חברות במועדון הלקוחות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="106" />
            <source>Email</source>
            <translation>דוא"ל</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="106" />
            <location filename="../../clerk_app/ui/customers/cards.py" line="107" />
            <source>None given</source>
            <translation>לא נמסר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="107" />
            <source>Phone</source>
            <translation>טלפון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="108" />
            <source>Prefers</source>
            <translation>ערוץ מועדף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="109" />
            <source>Marketing</source>
            <translation>דיוור שיווקי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="109" />
            <source>Agreed to offers</source>
            <translation>יש הסכמה לדיוור</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="109" />
            <source>No offers</source>
            <translation>אין הסכמה לדיוור</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="110" />
            <source>Home store</source>
            <translation>חנות הבית</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="111" />
            <source>Loyalty card</source>
            <translation>כרטיס מועדון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="111" />
            <source>None</source>
            <translation>אין</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="187" />
            <source>Clerk — %1</source>
            <translation>קלרק — %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="435" />
            <source>Clerk</source>
            <translation>קלרק</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="456" />
            <source>Pages</source>
            <translation>מסכים</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="456" />
            <source>Ctrl+1 to Ctrl+5 open each page</source>
            <translation>Ctrl+1 עד Ctrl+5 פותחים כל מסך</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="472" />
            <source>Customers</source>
            <translation>לקוחות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="472" />
            <source>Pickups</source>
            <translation>איסוף עצמי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="472" />
            <source>Stock</source>
            <translation>מלאי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="473" />
            <source>Activity</source>
            <translation>פעילות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="473" />
            <source>Dashboard</source>
            <translation>לוח בקרה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="590" />
            <source>Your language on this computer</source>
            <translation>השפה שלך במחשב הזה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="592" />
            <source>Lock</source>
            <translation>נעילה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="593" />
            <source>Lock the screen (Ctrl+L); unlock or switch staff from the lock screen</source>
            <translation>נעילת המסך (Ctrl+L); ביטול הנעילה או החלפת עובד נעשים ממסך הנעילה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="602" />
            <source>Language</source>
            <translation>שפה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="622" />
            <source>Preferences…</source>
            <translation>העדפות…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="624" />
            <source>Enroll counters…</source>
            <translation>רישום עמדות…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="759" />
            <source> (signed in offline)</source>
            <translation> (התחברות במצב לא מקוון)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="760" />
            <source>Manager</source>
            <translation>מנהל</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="760" />
            <location filename="../../clerk_app/ui/main_window.py" line="761" />
            <source>Associate</source>
            <translation>עובד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="791" />
            <source>Clerk must be updated on this computer: the store server no longer accepts this version. Keep working; nothing is lost, and waiting actions sync after the update. Tell your manager or IT.</source>
            <translation>יש לעדכן את קלרק במחשב הזה: שרת החנות כבר לא מקבל את הגרסה הזו. אפשר להמשיך לעבוד; שום דבר לא הולך לאיבוד, והפעולות הממתינות יסונכרנו אחרי העדכון. יש לעדכן את המנהל או את צוות ה-IT.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="796" />
            <source>The connection is back. To see live data from the store server, sign in again: Lock, then Switch staff. Until then Clerk shows what is saved on this computer.</source>
            <translation>החיבור חזר. כדי לראות נתונים עדכניים משרת החנות, יש להתחבר שוב: נעילה ואז החלפת עובד. עד אז קלרק מציג את מה ששמור במחשב הזה.</translation>
        </message>
    </context>
    <context>
        <name>ManagerSection</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="138" />
            <source>Manager actions</source>
            <translation>פעולות מנהל</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="139" />
            <source>Needs a manager: a manager approves here with their password, and the action is recorded in their name.</source>
            <translation>נדרש מנהל: מנהל מאשר כאן עם הסיסמה שלו, והפעולה נרשמת על שמו.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="144" />
            <source>Cancel order…</source>
            <translation>ביטול הזמנה…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="145" />
            <source>Mark no-show…</source>
            <translation>סימון כלא נאספה…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="146" />
            <source>Restock…</source>
            <translation>החזרה למלאי…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="169" />
            <source>Needs a manager's approval</source>
            <translation>נדרש אישור מנהל</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="195" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="204" />
            <source>Cancel order</source>
            <translation>ביטול הזמנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="202" />
            <source>Order %1 cancelled.</source>
            <translation>הזמנה %1 בוטלה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="204" />
            <source>Reason: %1</source>
            <translation>סיבה: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="212" />
            <source>The customer did not collect it by %1. The order is closed and its items wait to be restocked.</source>
            <translation>הלקוח לא אסף את ההזמנה עד %1. ההזמנה נסגרה והפריטים שלה ממתינים להחזרה למלאי.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="216" />
            <source>Order %1 marked as a no-show.</source>
            <translation>הזמנה %1 סומנה כלא נאספה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="219" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="220" />
            <source>Mark no-show</source>
            <translation>סימון כלא נאספה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="220" />
            <source>Mark order %1 as a no-show?</source>
            <translation>לסמן את הזמנה %1 כלא נאספה?</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="227" />
            <source>Its items go back on the shelves for sale. The order stays closed.</source>
            <translation>הפריטים שלה חוזרים למדפי המכירה. ההזמנה נשארת סגורה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="231" />
            <source>Order %1 restocked.</source>
            <translation>הזמנה %1 הוחזרה למלאי.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="233" />
            <source>Restock order %1?</source>
            <translation>להחזיר את הזמנה %1 למלאי?</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="234" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="235" />
            <source>Restock</source>
            <translation>החזרה למלאי</translation>
        </message>
    </context>
    <context>
        <name>MarkReadyDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="126" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="145" />
            <source>Mark ready</source>
            <translation>סימון כמוכנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="130" />
            <source>Order %1 is ready</source>
            <translation>הזמנה %1 מוכנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="133" />
            <source>For example B-04</source>
            <translation>לדוגמה B-04</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="135" />
            <source>Shelf</source>
            <translation>מדף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="137" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="138" />
            <source>Picked</source>
            <translation>לוקט</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="138" />
            <source>Item</source>
            <translation>פריט</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="138" />
            <source>Ordered</source>
            <translation>הוזמן</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="161" />
            <source>Partial pick: %n item(s) missing. The customer's ready notice will say what is missing; only what was picked can be handed over.</source>
            <translation>
                <numerusform>ליקוט חלקי: חסר פריט אחד. הודעת המוכנות ללקוח תפרט מה חסר; אפשר למסור רק את מה שלוקט.</numerusform>
                <numerusform>ליקוט חלקי: חסרים %n פריטים. הודעת המוכנות ללקוח תפרט מה חסר; אפשר למסור רק את מה שלוקט.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="167" />
            <source>Enter the shelf where the order waits.</source>
            <translation>יש להזין את המדף שעליו ממתינה ההזמנה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="169" />
            <source>Nothing is picked. Pick at least one item, or ask a manager to cancel the order.</source>
            <translation>לא לוקט דבר. יש ללקט לפחות פריט אחד, או לבקש ממנהל לבטל את ההזמנה.</translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="76" />
            <source>%1 (this store)</source>
            <translation>%1 (החנות הזו)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="79" />
            <source>Another store</source>
            <translation>חנות אחרת</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="121" />
            <source>a colleague</source>
            <comment>inside a sentence: staff whose name is not here yet</comment>
            <translation>עובד אחר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="122" />
            <source>A colleague</source>
            <comment>on its own: staff whose name is not here yet</comment>
            <translation>עובד אחר</translation>
        </message>
    </context>
    <context>
        <name>NotesCard</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="355" />
            <source>Notes</source>
            <translation>הערות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="358" />
            <source>Add a note for colleagues (Ctrl+Enter to save)</source>
            <translation>הוספת הערה לעמיתים (Ctrl+Enter לשמירה)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="359" />
            <source>New note</source>
            <translation>הערה חדשה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="359" />
            <source>For colleagues; Ctrl+Enter saves it</source>
            <translation>לעמיתים; Ctrl+Enter שומר אותה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="361" />
            <source>Add note</source>
            <translation>הוספת הערה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="384" />
            <source>No notes yet.</source>
            <translation>אין עדיין הערות.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="394" />
            <source>at %1</source>
            <translation>בחנות %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="395" />
            <source>at another store</source>
            <translation>בחנות אחרת</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="399" />
            <source>Waiting to sync</source>
            <translation>ממתין לסנכרון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="400" />
            <source>Saved on this computer; it reaches the server when the connection is back.</source>
            <translation>נשמר במחשב הזה; יגיע לשרת כשהחיבור יחזור.</translation>
        </message>
    </context>
    <context>
        <name>OrderForPickupDialog</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="176" />
            <source>Order for pickup at…</source>
            <translation>הזמנה לאיסוף ב…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="177" />
            <source>Order for the customer to collect at a store</source>
            <translation>הזמנה לאיסוף הלקוח בחנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="179" />
            <source>Collect at</source>
            <translation>איסוף ב</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="180" />
            <source>Place the order</source>
            <translation>ביצוע ההזמנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="181" />
            <source>Paid when the customer collects. The store holds the stock once the order reaches it.</source>
            <translation>התשלום בעת האיסוף. החנות שומרת את המלאי כשההזמנה מגיעה אליה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="203" />
            <source>This computer has not seen this store's stock of the product: the order may be refused if it has none.</source>
            <translation>המחשב הזה לא ראה את המלאי של המוצר בחנות הזו: ייתכן שההזמנה תידחה אם אין בה מלאי.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="207" />
            <source>When last seen, this store had only %1: the order may be refused.</source>
            <translation>בפעם האחרונה שנבדק, היו בחנות הזו רק %1: ייתכן שההזמנה תידחה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="217" />
            <source>Choose the store where the customer collects.</source>
            <translation>יש לבחור את החנות שבה הלקוח יאסוף.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="221" />
            <source>%1 has only %2 available: order fewer, or choose another store.</source>
            <translation>ב%1 זמינים רק %2: אפשר להזמין פחות או לבחור חנות אחרת.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="229" />
            <source>Order placed for pickup at %1. It shows as waiting to sync until the store server has it.</source>
            <translation>ההזמנה לאיסוף ב%1 נרשמה. היא מסומנת כממתינה לסנכרון עד ששרת החנות יקבל אותה.</translation>
        </message>
    </context>
    <context>
        <name>OrderForms</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="66" />
            <source>Customer</source>
            <translation>לקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="70" />
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="76" />
            <source>Quantity</source>
            <translation>כמות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="70" />
            <source>1 to 99</source>
            <translation>1 עד 99</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="81" />
            <source>Cancel</source>
            <translation>ביטול</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="124" />
            <source>Choose the customer first.</source>
            <translation>יש לבחור קודם לקוח.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="127" />
            <source>The quantity is 1 to 99.</source>
            <translation>הכמות היא 1 עד 99.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="130" />
            <source>Sign in again to do this.</source>
            <translation>יש להתחבר שוב כדי לעשות את זה.</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryModel</name>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Date</source>
            <translation>תאריך</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Order</source>
            <translation>הזמנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Channel</source>
            <translation>ערוץ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Status</source>
            <translation>סטטוס</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>How</source>
            <translation>אופן קבלה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="198" />
            <source>Total</source>
            <translation>סה"כ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="221" />
            <source>Placed on this computer; the order number comes when the store server has it.</source>
            <translation>נרשמה במחשב הזה; מספר ההזמנה יופיע כששרת החנות יקבל אותה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="237" />
            <source>Waiting to sync</source>
            <translation>ממתינה לסנכרון</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryView</name>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="290" />
            <source>Order history</source>
            <translation>היסטוריית הזמנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="290" />
            <source>Every order across channels; Right arrow opens its lines</source>
            <translation>כל ההזמנות מכל הערוצים; חץ ימינה פותח את הפריטים שלה</translation>
        </message>
    </context>
    <context>
        <name>OverviewCards</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="157" />
            <source>Lifetime value</source>
            <translation>ערך לקוח מצטבר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="158" />
            <source>Orders</source>
            <translation>הזמנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="159" />
            <source>Channels used</source>
            <translation>ערוצים בשימוש</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="160" />
            <source>Open pickups here</source>
            <translation>הזמנות איסוף פתוחות כאן</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="161" />
            <source>Active cart</source>
            <translation>סל פעיל</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="206" />
            <source>Last: %1</source>
            <translation>אחרונה: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="227" />
            <source>Open this pickup</source>
            <translation>פתיחת הזמנת האיסוף הזו</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="232" />
            <source>None</source>
            <translation>אין</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="236" />
            <source>Items: %1</source>
            <translation>פריטים: %1</translation>
        </message>
    </context>
    <context>
        <name>PendingModel</name>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>What</source>
            <translation>פעולה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>Customer</source>
            <translation>לקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>By</source>
            <translation>בוצע על ידי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>When</source>
            <translation>מתי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>Status</source>
            <translation>סטטוס</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/activity/items.py" line="104" />
            <source>Tried %n time(s)</source>
            <translation>
                <numerusform>נוסה פעם אחת</numerusform>
                <numerusform>נוסה %n פעמים</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="107" />
            <source>Sending…</source>
            <translation>בשליחה…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="108" />
            <source>Held</source>
            <translation>מעוכב</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="109" />
            <source>Not sent yet</source>
            <translation>טרם נשלח</translation>
        </message>
    </context>
    <context>
        <name>PickupDeadline</name>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="67" />
            <source>overdue %1</source>
            <translation>באיחור של %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="67" />
            <source>ready in %1</source>
            <translation>להכנה תוך %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="69" />
            <source>past collect-by %1</source>
            <translation>מועד האיסוף עבר לפני %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="69" />
            <source>collect within %1</source>
            <translation>לאיסוף תוך %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="76" />
            <source>picked up %1</source>
            <translation>נאספה ב-%1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="76" />
            <source>cancelled %1</source>
            <translation>בוטלה ב-%1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="76" />
            <source>no-show %1</source>
            <translation>סומנה כלא נאספה ב-%1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="77" />
            <source>restocked %1</source>
            <translation>הוחזרה למלאי ב-%1</translation>
        </message>
    </context>
    <context>
        <name>PickupDetail</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="54" />
            <source>Select an order to see its items, deadlines and what to do next.</source>
            <translation>יש לבחור הזמנה כדי לראות את הפריטים, מועדי היעד ומה השלב הבא.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="73" />
            <source>Waiting to sync</source>
            <translation>ממתין לסנכרון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="74" />
            <source>Saved on this computer; it reaches the store server when the connection allows.</source>
            <translation>נשמר במחשב הזה; יגיע לשרת החנות כשהחיבור יאפשר.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="88" />
            <source>Start picking</source>
            <translation>התחלת ליקוט</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="89" />
            <source>Mark ready…</source>
            <translation>סימון כמוכנה…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="90" />
            <source>Hand over…</source>
            <translation>מסירה…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="91" />
            <source>Customer arrived…</source>
            <translation>הלקוח הגיע…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="101" />
            <source>Print slip…</source>
            <translation>הדפסת טופס איסוף…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="102" />
            <source>Print bag label…</source>
            <translation>הדפסת מדבקת שקית…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="103" />
            <source>The order, customer, items, shelf and deadlines on one page.</source>
            <translation>ההזמנה, הלקוח, הפריטים, המדף ומועדי היעד בעמוד אחד.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="104" />
            <source>A label for the bag, with a code to scan at hand-over.</source>
            <translation>מדבקה לשקית, עם קוד לסריקה בזמן המסירה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="118" />
            <location filename="../../clerk_app/ui/pickups/detail.py" line="122" />
            <source>Items</source>
            <translation>פריטים</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <source>Item</source>
            <translation>פריט</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <location filename="../../clerk_app/ui/pickups/detail.py" line="212" />
            <source>Ordered</source>
            <translation>הוזמן</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <source>Picked</source>
            <translation>לוקט</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <source>Collected</source>
            <translation>נאסף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="134" />
            <source>Messages to the customer</source>
            <translation>הודעות ללקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="140" />
            <source>Send reminder</source>
            <translation>שליחת תזכורת</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="141" />
            <source>Re-send ready notice</source>
            <translation>שליחה חוזרת של הודעת מוכנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="148" />
            <source>Hand-over</source>
            <translation>מסירה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="180" />
            <source>Order %1</source>
            <translation>הזמנה %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="184" />
            <source>Customer</source>
            <translation>לקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="187" />
            <source>Customer: %1</source>
            <translation>לקוח: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="213" />
            <source>Ready by</source>
            <translation>להכנה עד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="215" />
            <source>Ready since</source>
            <translation>מוכנה מאז</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="217" />
            <source>Collect by</source>
            <translation>לאיסוף עד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="218" />
            <source>Shelf</source>
            <translation>מדף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="218" />
            <source>Not on a shelf yet</source>
            <translation>עדיין לא על מדף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="220" />
            <source>May also collect</source>
            <translation>רשאי לאסוף גם</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="222" />
            <source>Here since %1</source>
            <translation>כאן מאז %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="225" />
            <source>Customer arrived</source>
            <translation>הלקוח הגיע</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="227" />
            <source>Picked up</source>
            <translation>נאספה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="229" />
            <source>Cancelled because</source>
            <translation>סיבת הביטול</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="256" />
            <source>Ready notice</source>
            <translation>הודעת מוכנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="256" />
            <source>Reminder</source>
            <translation>תזכורת</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="256" />
            <source>Cancellation notice</source>
            <translation>הודעת ביטול</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="257" />
            <source>by email</source>
            <translation>בדוא"ל</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="257" />
            <source>by text message</source>
            <translation>ב-SMS</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="257" />
            <source>by phone</source>
            <translation>בטלפון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="258" />
            <source>in the app</source>
            <translation>באפליקציה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="262" />
            <source>waiting to sync</source>
            <translation>ממתין לסנכרון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="276" />
            <source>None sent yet</source>
            <translation>עדיין לא נשלחה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="285" />
            <source>someone else</source>
            <translation>מישהו אחר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="289" />
            <source>%1 ending %2</source>
            <translation>%1 (4 אחרונים: %2)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="291" />
            <source>Collected by %1 · %2 · handed over by %3, %4</source>
            <translation>נאסף על ידי %1 · %2 · נמסר על ידי %3, %4</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="322" />
            <source>Picking started.</source>
            <translation>הליקוט התחיל.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="325" />
            <source>Reminder queued.</source>
            <translation>התזכורת נכנסה לתור.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="328" />
            <source>Ready notice queued.</source>
            <translation>הודעת המוכנות נכנסה לתור.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="357" />
            <source>Marked ready on shelf %1.</source>
            <translation>סומנה כמוכנה על מדף %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="363" />
            <source>Handed over.</source>
            <translation>נמסרה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="369" />
            <source>Arrival recorded.</source>
            <translation>ההגעה נרשמה.</translation>
        </message>
    </context>
    <context>
        <name>PickupDialogs</name>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="54" />
            <source>ID card</source>
            <translation>תעודת זהות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="54" />
            <source>Driver's licence</source>
            <translation>רישיון נהיגה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="55" />
            <source>Passport</source>
            <translation>דרכון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="55" />
            <source>Pickup code only</source>
            <translation>קוד איסוף בלבד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="56" />
            <source>No check</source>
            <translation>ללא בדיקה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/widgets.py" line="137" />
            <source>One fewer</source>
            <translation>אחד פחות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/widgets.py" line="138" />
            <source>One more</source>
            <translation>אחד יותר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="74" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="91" />
            <source>Cancel</source>
            <translation>ביטול</translation>
        </message>
    </context>
    <context>
        <name>PickupListModel</name>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Order</source>
            <translation>הזמנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Customer</source>
            <translation>לקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Status</source>
            <translation>סטטוס</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Deadline</source>
            <translation>מועד יעד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="112" />
            <source>Shelf</source>
            <translation>מדף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="131" />
            <source>Ready by %1</source>
            <translation>להכנה עד %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="131" />
            <source>Collect by %1</source>
            <translation>לאיסוף עד %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="144" />
            <source>was due %1</source>
            <translation>מועד האיסוף היה %1</translation>
        </message>
    </context>
    <context>
        <name>PickupQueueModel</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Order</source>
            <translation>הזמנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Customer</source>
            <translation>לקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Items</source>
            <translation>פריטים</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Status</source>
            <translation>סטטוס</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="62" />
            <source>Deadline</source>
            <translation>מועד יעד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="62" />
            <source>Shelf</source>
            <translation>מדף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="62" />
            <source>Sync</source>
            <translation>סנכרון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="165" />
            <source>Ready by %1</source>
            <translation>להכנה עד %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="165" />
            <source>Collect by %1</source>
            <translation>לאיסוף עד %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="198" />
            <source>Waiting to sync</source>
            <translation>ממתין לסנכרון</translation>
        </message>
    </context>
    <context>
        <name>PickupStatus</name>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="44" />
            <source>New</source>
            <translation>חדשה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="44" />
            <source>Picking</source>
            <translation>בליקוט</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="45" />
            <source>Ready</source>
            <translation>מוכנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="45" />
            <source>Picked up</source>
            <translation>נאספה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="46" />
            <source>No-show</source>
            <translation>לא נאספה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="46" />
            <source>Restocked</source>
            <translation>הוחזרה למלאי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="47" />
            <source>Cancelled</source>
            <translation>בוטלה</translation>
        </message>
    </context>
    <context>
        <name>PickupsPage</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="53" />
            <source>Pickups</source>
            <translation>איסוף עצמי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="59" />
            <source>Queue</source>
            <translation>תור</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="60" />
            <source>Reminders</source>
            <translation>תזכורות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="61" />
            <source>Ready orders not collected after a number of hours: remind their customers in one go.</source>
            <translation>הזמנות מוכנות שלא נאספו אחרי מספר שעות: שליחת תזכורת ללקוחות שלהן בבת אחת.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="87" />
            <source>Pickup queue</source>
            <translation>תור האיסוף העצמי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="87" />
            <source>The selected order shows beside the list</source>
            <translation>ההזמנה שנבחרה מוצגת לצד הרשימה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="131" />
            <source>New</source>
            <translation>חדשות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="131" />
            <source>Picking</source>
            <translation>בליקוט</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="131" />
            <source>Ready</source>
            <translation>מוכנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="132" />
            <source>Overdue</source>
            <translation>באיחור</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="132" />
            <source>Past collect-by</source>
            <translation>עבר מועד האיסוף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="133" />
            <source>Done today</source>
            <translation>הושלמו היום</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/page.py" line="162" />
            <source>%n open</source>
            <translation>
                <numerusform>אחת פתוחה</numerusform>
                <numerusform>%n פתוחות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/page.py" line="164" />
            <source>%n overdue</source>
            <translation>
                <numerusform>אחת באיחור</numerusform>
                <numerusform>%n באיחור</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/page.py" line="165" />
            <source>%n done today</source>
            <translation>
                <numerusform>אחת הושלמה היום</numerusform>
                <numerusform>%n הושלמו היום</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="170" />
            <source>No new orders. New web orders appear here by themselves.</source>
            <translation>אין הזמנות חדשות. הזמנות חדשות מהאתר מופיעות כאן אוטומטית.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="171" />
            <source>Nothing is being picked right now.</source>
            <translation>אין כרגע הזמנות בליקוט.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="172" />
            <source>No orders are waiting on the shelf.</source>
            <translation>אין הזמנות שממתינות על המדף.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="173" />
            <source>Nothing is overdue. Well done.</source>
            <translation>אין הזמנות באיחור. כל הכבוד.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="174" />
            <source>Every ready order is still within its collect-by time.</source>
            <translation>כל ההזמנות המוכנות עדיין בתוך מועד האיסוף שלהן.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="175" />
            <source>Nothing handed over, cancelled or missed today yet.</source>
            <translation>היום עדיין לא נמסרו, בוטלו או הוחמצו הזמנות.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="335" />
            <source>This order is not in this store's pickup list.</source>
            <translation>ההזמנה הזו לא ברשימת האיסוף של החנות הזו.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="347" />
            <source>Order %1 is %2: it can be handed over once it is ready.</source>
            <translation>הזמנה %1 במצב "%2": אפשר למסור אותה רק אחרי שתהיה מוכנה.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="38" />
            <source>Preferences</source>
            <translation>העדפות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="46" />
            <source>Yours</source>
            <translation>שלך</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="46" />
            <source>Only for you, on this computer.</source>
            <translation>רק בשבילך, במחשב הזה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="47" />
            <source>This counter</source>
            <translation>העמדה הזו</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="47" />
            <source>For everyone who uses this computer.</source>
            <translation>לכל מי שעובד במחשב הזה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="82" />
            <source>Language</source>
            <translation>שפה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="82" />
            <source>Digits</source>
            <translation>ספרות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="82" />
            <source>Calendar</source>
            <translation>לוח שנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="83" />
            <source>Theme</source>
            <translation>ערכת נושא</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="83" />
            <source>Text size</source>
            <translation>גודל טקסט</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="84" />
            <source>Lock after (idle minutes)</source>
            <translation>נעילה אחרי (דקות ללא פעילות)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="85" />
            <source>Remind customers after (hours)</source>
            <translation>תזכורת ללקוחות אחרי (שעות)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="86" />
            <source>Printer for slips and labels</source>
            <translation>מדפסת לטפסים ולמדבקות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="86" />
            <source>Bag label size</source>
            <translation>גודל מדבקת שקית</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="87" />
            <source>Scanner prefix</source>
            <translation>קידומת הסורק</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="87" />
            <source>Scanner suffix</source>
            <translation>סיומת הסורק</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="88" />
            <source>Layout</source>
            <translation>פריסה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="93" />
            <source>The store's language</source>
            <translation>שפת החנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="95" />
            <source>The language's usual digits</source>
            <translation>הספרות הרגילות של השפה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="95" />
            <source>The language's own digits</source>
            <translation>הספרות של השפה עצמה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="96" />
            <source>Latin digits (0-9)</source>
            <translation>ספרות לטיניות (0-9)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="98" />
            <source>The language's usual calendar</source>
            <translation>לוח השנה הרגיל של השפה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="98" />
            <source>Gregorian</source>
            <translation>גרגוריאני</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="99" />
            <source>Solar Hijri</source>
            <translation>הג'רי סולארי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="99" />
            <source>Hijri (civil)</source>
            <translation>הג'רי (אזרחי)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="101" />
            <source>As this computer is set</source>
            <translation>לפי הגדרת המחשב הזה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="101" />
            <source>Light</source>
            <translation>בהיר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="101" />
            <source>Dark</source>
            <translation>כהה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="102" />
            <source>High contrast</source>
            <translation>ניגודיות גבוהה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="104" />
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="107" />
            <source>%1 × %2 mm</source>
            <translation>%1 × %2 מ״מ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="111" />
            <source>Chosen by the screen</source>
            <translation>לפי המסך</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="111" />
            <source>Touch</source>
            <translation>מגע</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="112" />
            <source>Mouse and keyboard</source>
            <translation>עכבר ומקלדת</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="114" />
            <source>This computer's default printer</source>
            <translation>מדפסת ברירת המחדל של המחשב הזה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="167" />
            <source>Choose a number from %1 to %2.</source>
            <translation>יש לבחור מספר בין %1 ל־%2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="170" />
            <source>Use at most %n character(s), none of them invisible.</source>
            <translation>
                <numerusform>עד תו אחד (%n), בלי תווים בלתי נראים.</numerusform>
                <numerusform>עד %n תווים, בלי תווים בלתי נראים.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="172" />
            <source>Choose one of the listed values.</source>
            <translation>יש לבחור אחד מהערכים ברשימה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="173" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="199" />
            <source>Your preferences could not be saved on this computer. Nothing you chose is lost: try Save again, or tell IT if it keeps happening.</source>
            <translation>לא ניתן היה לשמור את ההעדפות שלך במחשב הזה. שום דבר ממה שבחרת לא אבד: אפשר ללחוץ שוב על „שמירה”, או לפנות ל־IT אם זה חוזר.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="114" />
            <source>Or: %1</source>
            <translation>או: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="121" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="230" />
            <source>Shelf</source>
            <translation>מדף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="122" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="159" />
            <source>Items</source>
            <translation>פריטים</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="129" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="229" />
            <source>Collect by</source>
            <translation>לאיסוף עד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="135" />
            <source>Scan at hand-over</source>
            <translation>לסריקה במסירה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="151" />
            <source>Printed %1</source>
            <translation>הודפס ב-%1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="168" />
            <source>Continued on the next page</source>
            <translation>המשך בעמוד הבא</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="181" />
            <source>Page %1 of %2</source>
            <translation>עמוד %1 מתוך %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="192" />
            <source>Scan to open the order</source>
            <translation>לסריקה ופתיחת ההזמנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="198" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="305" />
            <location filename="../../clerk_app/ui/printing/printer.py" line="198" />
            <source>Pickup slip</source>
            <translation>טופס איסוף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="199" />
            <source>Order</source>
            <translation>הזמנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="215" />
            <source>Customer</source>
            <translation>לקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="217" />
            <source>May also collect</source>
            <translation>רשאי לאסוף גם</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="227" />
            <source>Ordered</source>
            <translation>הוזמן</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="228" />
            <source>Ready by</source>
            <translation>להכנה עד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="229" />
            <source>Set when ready</source>
            <translation>ייקבע כשתהיה מוכנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="230" />
            <source>Not on a shelf yet</source>
            <translation>עדיין לא על מדף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="247" />
            <source>Item</source>
            <translation>פריט</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="247" />
            <source>SKU</source>
            <translation>מק"ט</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="248" />
            <source>Ordered</source>
            <comment>the quantity ordered, a column of counts</comment>
            <translation>הוזמן</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="249" />
            <source>Picked</source>
            <translation>לוקט</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="275" />
            <source>Total</source>
            <translation>סה"כ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="288" />
            <source>Hand-over</source>
            <translation>מסירה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="289" />
            <source>Check the customer's pickup code in Clerk before handing anything over.</source>
            <translation>יש לבדוק את קוד האיסוף של הלקוח בקלרק לפני מסירת פריט כלשהו.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="292" />
            <source>Collected by (name)</source>
            <translation>נאסף על ידי (שם)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="292" />
            <source>ID checked (type, last 4)</source>
            <translation>תעודה שנבדקה (סוג, 4 אחרונים)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="293" />
            <source>Date and time</source>
            <translation>תאריך ושעה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="293" />
            <source>Handed over by</source>
            <translation>נמסר על ידי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="301" />
            <source>Customer signature</source>
            <translation>חתימת הלקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="198" />
            <source>Bag label</source>
            <translation>מדבקת שקית</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="291" />
            <source>Print preview — %1</source>
            <translation>תצוגה לפני הדפסה — %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="298" />
            <source>Save as PDF…</source>
            <translation>שמירה כ-PDF…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="307" />
            <source>Save as PDF</source>
            <translation>שמירה כ-PDF</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="308" />
            <source>PDF files (*.pdf)</source>
            <translation>קובצי PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="314" />
            <source>The PDF could not be saved to %1. Choose another folder.</source>
            <translation>לא ניתן היה לשמור את קובץ ה-PDF ב-%1. יש לבחור תיקייה אחרת.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="317" />
            <source>Saved %1.</source>
            <translation>נשמר: %1.</translation>
        </message>
    </context>
    <context>
        <name>ProductView</name>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="86" />
            <location filename="../../clerk_app/ui/stock/view.py" line="306" />
            <source>Order for pickup at…</source>
            <translation>הזמנה לאיסוף ב…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="87" />
            <source>Order this product for the customer to collect at a store</source>
            <translation>הזמנת המוצר לאיסוף עצמי של הלקוח באחת החנויות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="89" />
            <source>Add to the customer's online cart</source>
            <translation>הוספה לסל הקניות באתר של הלקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="90" />
            <source>The customer can buy it online later</source>
            <translation>הלקוח יוכל לקנות אותו באתר מאוחר יותר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="101" />
            <source>This store</source>
            <translation>החנות הזו</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="107" />
            <location filename="../../clerk_app/ui/stock/view.py" line="132" />
            <source>Available</source>
            <translation>זמין</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="108" />
            <source>On hand</source>
            <translation>במלאי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="109" />
            <source>Reserved</source>
            <translation>שמור</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="121" />
            <source>Stores</source>
            <translation>חנויות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="131" />
            <source>Stock in other stores</source>
            <translation>מלאי בחנויות אחרות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="132" />
            <source>Store</source>
            <translation>חנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="132" />
            <source>City</source>
            <translation>עיר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="181" />
            <source>This store has no stock record for this product on this computer.</source>
            <translation>במחשב הזה אין רישום מלאי של המוצר הזה בחנות הזו.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="187" />
            <source>As of %1</source>
            <translation>נכון ל-%1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="188" />
            <source>Offline — as of %1</source>
            <translation>לא מקוון — נכון ל-%1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="229" />
            <source>Live · checked %1</source>
            <translation>עדכני · נבדק ב-%1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="231" />
            <source>Every store's stock, from the store server.</source>
            <translation>המלאי בכל החנויות, משרת החנות.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="233" />
            <source>Checking…</source>
            <translation>בבדיקה…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="235" />
            <source>Asking the store server for every store's stock…</source>
            <translation>מתבצעת בדיקה של המלאי בכל החנויות בשרת החנות…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="237" />
            <source>Asking the store server; until it answers, as last seen at %1.</source>
            <translation>מתבצעת בדיקה בשרת החנות; עד לתשובה מוצג המצב כפי שנראה לאחרונה ב-%1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="241" />
            <source>Other stores can't be checked now: this computer is offline.</source>
            <translation>אי אפשר לבדוק עכשיו חנויות אחרות: המחשב הזה לא מקוון.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="242" />
            <source>Other stores could not be checked just now.</source>
            <translation>לא ניתן היה לבדוק כרגע חנויות אחרות.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="244" />
            <source>Not checked</source>
            <translation>לא נבדק</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="246" />
            <source>They were not looked up on this computer yet.</source>
            <translation>הן עדיין לא נבדקו במחשב הזה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="248" />
            <source>Last seen %1</source>
            <translation>נראה לאחרונה: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="250" />
            <source>Below: as last seen at %1; it may have changed.</source>
            <translation>למטה: כפי שנראה לאחרונה ב-%1; ייתכן שהשתנה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="267" />
            <source>%1 (this store)</source>
            <translation>%1 (החנות הזו)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="304" />
            <source>Order for pickup at %1</source>
            <translation>הזמנה לאיסוף ב-%1</translation>
        </message>
    </context>
    <context>
        <name>RemindersModel</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Order</source>
            <translation>הזמנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Customer</source>
            <translation>לקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Ready since</source>
            <translation>מוכנה מאז</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Last reminder</source>
            <translation>תזכורת אחרונה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="71" />
            <source>Reminders sent</source>
            <translation>תזכורות שנשלחו</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="167" />
            <source>%1 ago</source>
            <translation>לפני %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="170" />
            <source>Queued, waiting to sync</source>
            <translation>בתור, ממתינה לסנכרון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="171" />
            <source>Never</source>
            <translation>אף פעם</translation>
        </message>
    </context>
    <context>
        <name>RemindersView</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="206" />
            <source>Ready and not collected after</source>
            <translation>מוכנות ולא נאספו אחרי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="212" />
            <source>Ready and not collected after, in hours</source>
            <translation>מוכנות ולא נאספו אחרי, בשעות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="213" />
            <source>Hours since the order was ready</source>
            <translation>שעות מאז שההזמנה הייתה מוכנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="216" />
            <source>hours</source>
            <translation>שעות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="224" />
            <source>Select all</source>
            <translation>בחירת הכול</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="225" />
            <source>Select none</source>
            <translation>ביטול הבחירה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="239" />
            <source>Orders to remind</source>
            <translation>הזמנות לתזכורת</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="239" />
            <source>Space ticks or unticks an order</source>
            <translation>מקש רווח מסמן הזמנה או מבטל את הסימון</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="260" />
            <source>%n order(s) waiting</source>
            <translation>
                <numerusform>הזמנה אחת ממתינה</numerusform>
                <numerusform>%n הזמנות ממתינות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="261" />
            <source>Ticked: customers not reminded in the last %n hour(s). Reminders are queued on this computer and sent when the connection allows. Double-click an order to open it.</source>
            <translation>
                <numerusform>מסומנים: לקוחות שלא קיבלו תזכורת בשעה האחרונה. התזכורות נכנסות לתור במחשב הזה ונשלחות כשהחיבור יאפשר. לחיצה כפולה על הזמנה פותחת אותה.</numerusform>
                <numerusform>מסומנים: לקוחות שלא קיבלו תזכורת ב-%n השעות האחרונות. התזכורות נכנסות לתור במחשב הזה ונשלחות כשהחיבור יאפשר. לחיצה כפולה על הזמנה פותחת אותה.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="264" />
            <source>Every ready order was collected within %n hour(s) of being ready. Nobody to remind.</source>
            <translation>
                <numerusform>כל ההזמנות המוכנות נאספו תוך שעה מרגע שהיו מוכנות. אין למי להזכיר.</numerusform>
                <numerusform>כל ההזמנות המוכנות נאספו תוך %n שעות מרגע שהיו מוכנות. אין למי להזכיר.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="290" />
            <source>Send reminder to %n customer(s)</source>
            <translation>
                <numerusform>שליחת תזכורת ללקוח אחד</numerusform>
                <numerusform>שליחת תזכורת ל-%n לקוחות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="327" />
            <source>Reminders queued for %n customer(s).</source>
            <translation>
                <numerusform>תזכורת ללקוח אחד נכנסה לתור.</numerusform>
                <numerusform>תזכורות ל-%n לקוחות נכנסו לתור.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="329" />
            <source>%n order(s) skipped: no longer waiting on the shelf.</source>
            <translation>
                <numerusform>הזמנה אחת דולגה: היא כבר לא ממתינה על המדף.</numerusform>
                <numerusform>%n הזמנות דולגו: הן כבר לא ממתינות על המדף.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsList</name>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="42" />
            <source>Customers found</source>
            <translation>לקוחות שנמצאו</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="42" />
            <source>Enter opens the customer</source>
            <translation>Enter פותח את הלקוח</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="51" />
            <source>Pickup %1 is not in this store's list.</source>
            <translation>הזמנת איסוף %1 לא ברשימה של החנות הזו.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="84" />
            <source>Scanned “%1”: this is not a pickup code, a bag label, an order number, a loyalty card or a product barcode.</source>
            <translation>נסרק "%1": זה אינו קוד איסוף, מדבקת שקית, מספר הזמנה, כרטיס מועדון או ברקוד של מוצר.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="88" />
            <source>No product with barcode %1 on this computer. Clerk can look it up once it is back online.</source>
            <translation>במחשב הזה אין מוצר עם הברקוד %1. קלרק יוכל לחפש אותו כשהחיבור יחזור.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="97" />
            <source>No product has the barcode %1. Check the label, or search the product by its name on the Stock page.</source>
            <translation>אין מוצר עם הברקוד %1. כדאי לבדוק את המדבקה, או לחפש את המוצר לפי שמו במסך המלאי.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="101" />
            <source>Product %1 could not be looked up just now. Try again in a moment.</source>
            <translation>לא ניתן היה לחפש כרגע את המוצר %1. אפשר לנסות שוב בעוד רגע.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="115" />
            <source>No order %1 on this computer.</source>
            <translation>הזמנה %1 לא נמצאת במחשב הזה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="116" />
            <source>No loyalty card %1 on this computer.</source>
            <translation>כרטיס מועדון %1 לא נמצא במחשב הזה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="118" />
            <source>Clerk will find it once it is back online.</source>
            <translation>קלרק יחפש שוב כשהחיבור יחזור.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="126" />
            <source>No order %1 was found.</source>
            <translation>הזמנה %1 לא נמצאה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="127" />
            <source>No loyalty card %1 was found.</source>
            <translation>כרטיס מועדון %1 לא נמצא.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="38" />
            <source>Search name, email, phone, loyalty card or order number — or scan  (Ctrl+K)</source>
            <translation>חיפוש לפי שם, דוא"ל, טלפון, כרטיס מועדון או מספר הזמנה — או סריקה  (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="40" />
            <source>Search</source>
            <translation>חיפוש</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="40" />
            <source>Name, email, phone, loyalty card or order number; a scan opens its record. Down arrow: the results.</source>
            <translation>שם, אימייל, טלפון, כרטיס מועדון או מספר הזמנה; סריקה פותחת את הרשומה. חץ למטה: התוצאות.</translation>
        </message>
    </context>
    <context>
        <name>SetByIT</name>
        <message>
            <location filename="../../clerk_app/ui/common/set_by_it.py" line="12" />
            <source>Set by your IT department</source>
            <translation>נקבע על ידי מחלקת המחשוב</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="64" />
            <source>Clerk</source>
            <translation>קלרק</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="112" />
            <location filename="../../clerk_app/ui/session/signin.py" line="113" />
            <source>Language</source>
            <translation>שפה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="138" />
            <source>Your staff username</source>
            <translation>שם המשתמש שלך בצוות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="140" />
            <source>The store server can't be reached. If you signed in on this computer recently, your password still works.</source>
            <translation>אין גישה לשרת החנות. אם התחברת לאחרונה במחשב הזה, הסיסמה שלך עדיין תקפה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="145" />
            <source>&amp;Username</source>
            <translation>&amp;שם משתמש</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="146" />
            <location filename="../../clerk_app/ui/session/signin.py" line="179" />
            <source>&amp;Password</source>
            <translation>&amp;סיסמה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="148" />
            <location filename="../../clerk_app/ui/session/signin.py" line="260" />
            <source>Sign in</source>
            <translation>התחברות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="169" />
            <source>Screen locked</source>
            <translation>המסך נעול</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="181" />
            <location filename="../../clerk_app/ui/session/signin.py" line="261" />
            <source>Unlock</source>
            <translation>ביטול נעילה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="183" />
            <source>Switch staff</source>
            <translation>החלפת עובד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="184" />
            <source>Sign this person out so someone else can sign in</source>
            <translation>ניתוק העובד הנוכחי כדי שמישהו אחר יוכל להתחבר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="197" />
            <source>Manager</source>
            <translation>מנהל</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="197" />
            <location filename="../../clerk_app/ui/session/signin.py" line="198" />
            <source>Associate</source>
            <translation>עובד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="207" />
            <source>Demo staff: choose one, then press Enter</source>
            <translation>צוות הדגמה: יש לבחור אחד ואז ללחוץ Enter</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="212" />
            <source>Username: %1</source>
            <translation>שם משתמש: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="238" />
            <source> · signed in offline</source>
            <translation> · התחברות במצב לא מקוון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="277" />
            <source>Enter your username and password.</source>
            <translation>יש להזין שם משתמש וסיסמה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="292" />
            <source>Signing in…</source>
            <translation>מתחבר…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="310" />
            <source>Signed in offline. Look-ups on the store server wait for the connection; what you do is saved here and syncs when it is back.</source>
            <translation>התחברת במצב לא מקוון. חיפושים בשרת החנות ימתינו לחיבור; כל פעולה נשמרת כאן ומסונכרנת כשהחיבור יחזור.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/signin.py" line="318" />
            <source>Too many wrong passwords. Sign-in for this username is locked for %n minute(s).</source>
            <translation>
                <numerusform>יותר מדי סיסמאות שגויות. ההתחברות עם שם המשתמש הזה נעולה לדקה אחת.</numerusform>
                <numerusform>יותר מדי סיסמאות שגויות. ההתחברות עם שם המשתמש הזה נעולה ל-%n דקות.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="321" />
            <source>This staff member is not on the staff of this store, so they can't sign in on this computer.</source>
            <translation>העובד הזה לא שייך לצוות של החנות הזו, ולכן אי אפשר להתחבר איתו במחשב הזה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="324" />
            <source>That username and password don't match. Check them and try again.</source>
            <translation>שם המשתמש והסיסמה לא תואמים. יש לבדוק אותם ולנסות שוב.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="331" />
            <source>That password doesn't match. The store server can't be reached, so Clerk checked it on this computer.</source>
            <translation>הסיסמה לא תואמת. אין גישה לשרת החנות, ולכן קלרק בדק אותה במחשב הזה.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/signin.py" line="334" />
            <source>Too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>יותר מדי סיסמאות שגויות. אפשר לנסות שוב בעוד דקה.</numerusform>
                <numerusform>יותר מדי סיסמאות שגויות. אפשר לנסות שוב בעוד %n דקות.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/signin.py" line="336" />
            <source>%1 hasn't signed in on this computer in the last %n hour(s), so the password can't be checked until the store server can be reached again.</source>
            <translation>
                <numerusform>לא הייתה התחברות של %1 במחשב הזה בשעה האחרונה, ולכן אי אפשר לבדוק את הסיסמה עד שתהיה שוב גישה לשרת החנות.</numerusform>
                <numerusform>לא הייתה התחברות של %1 במחשב הזה ב-%n השעות האחרונות, ולכן אי אפשר לבדוק את הסיסמה עד שתהיה שוב גישה לשרת החנות.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="340" />
            <source>The store server can't be reached and your password can't be checked on this computer. Try again when the connection is back, or choose Switch staff.</source>
            <translation>אין גישה לשרת החנות, ואי אפשר לבדוק את הסיסמה שלך במחשב הזה. אפשר לנסות שוב כשהחיבור יחזור, או לבחור "החלפת עובד".</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="342" />
            <source>Signing in didn't work. Please try again.</source>
            <translation>ההתחברות לא הצליחה. נא לנסות שוב.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="353" />
            <source>Enter your password to unlock.</source>
            <translation>יש להזין את הסיסמה כדי לבטל את הנעילה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="365" />
            <source>Checking…</source>
            <translation>בבדיקה…</translation>
        </message>
    </context>
    <context>
        <name>Splash</name>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="113" />
            <source>Clerk</source>
            <translation>קלרק</translation>
        </message>
    </context>
    <context>
        <name>StockPage</name>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="66" />
            <source>Stock</source>
            <translation>מלאי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="68" />
            <location filename="../../clerk_app/ui/stock/page.py" line="70" />
            <source>Product name, SKU or barcode</source>
            <translation>שם מוצר, מק"ט או ברקוד</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="70" />
            <source>Search products</source>
            <translation>חיפוש מוצרים</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="81" />
            <source>Products found</source>
            <translation>מוצרים שנמצאו</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="103" />
            <source>Find a product</source>
            <translation>חיפוש מוצר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="105" />
            <source>Type a product's name, SKU or barcode — or scan its barcode on any screen.</source>
            <translation>אפשר להקליד שם מוצר, מק"ט או ברקוד — או לסרוק את הברקוד בכל מסך.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="123" />
            <source>Product %1 is not on this computer.</source>
            <translation>המוצר %1 לא נמצא במחשב הזה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="169" />
            <source>From the store server</source>
            <translation>משרת החנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="213" />
            <source>Search results appear here.</source>
            <translation>תוצאות החיפוש יופיעו כאן.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="216" />
            <source>Found: %1</source>
            <translation>נמצאו: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="216" />
            <source>No product found</source>
            <translation>לא נמצא מוצר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="218" />
            <source>on this computer · asking the server…</source>
            <translation>במחשב הזה · מתבצעת בדיקה בשרת…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="220" />
            <source>%1 more from the server</source>
            <translation>עוד %1 מהשרת</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="221" />
            <source>on this computer and the server</source>
            <translation>במחשב הזה ובשרת</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="223" />
            <source>on this computer (the server could not be asked)</source>
            <translation>במחשב הזה (לא ניתן היה לבדוק בשרת)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="226" />
            <source>on this computer (offline)</source>
            <translation>במחשב הזה (לא מקוון)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="226" />
            <source>on this computer</source>
            <translation>במחשב הזה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="248" />
            <source>No product found for “%1”.</source>
            <translation>לא נמצא מוצר עבור "%1".</translation>
        </message>
    </context>
    <context>
        <name>StockText</name>
        <message>
            <location filename="../../clerk_app/ui/stock/text.py" line="44" />
            <source>Store %1</source>
            <translation>חנות %1</translation>
        </message>
    </context>
    <context>
        <name>StoreChoice</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="73" />
            <source>Store to collect from</source>
            <translation>החנות לאיסוף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="74" />
            <source>Store</source>
            <translation>חנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="74" />
            <source>Available</source>
            <translation>זמין</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="74" />
            <source>Seen</source>
            <translation>נבדק</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="88" />
            <source>Checking the stock of every store…</source>
            <translation>בודקים את המלאי בכל החנויות…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="132" />
            <source>%1 (this store)</source>
            <translation>%1 (החנות הזו)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="138" />
            <source>Not seen yet</source>
            <translation>עוד לא נבדק</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="140" />
            <source>Live</source>
            <translation>עדכני</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="142" />
            <source>As of %1</source>
            <translation>נכון ל-%1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="147" />
            <source>None available at this store</source>
            <translation>אין מלאי זמין בחנות הזו</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="171" />
            <source>Stock of every store, checked just now.</source>
            <translation>המלאי בכל החנויות, נבדק עכשיו.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="173" />
            <source>Offline: stock in other stores is as of %1, when it was last seen.</source>
            <translation>לא מקוון: המלאי בחנויות אחרות נכון ל-%1, הפעם האחרונה שנבדק.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="176" />
            <source>Offline: this computer has not seen other stores' stock of this product. The order may be refused if the store has none.</source>
            <translation>לא מקוון: המחשב הזה לא ראה את המלאי של המוצר בחנויות אחרות. ייתכן שההזמנה תידחה אם אין מלאי בחנות.</translation>
        </message>
    </context>
    <context>
        <name>activity</name>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="22" />
            <source>New</source>
            <translation>חדשה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="23" />
            <source>Being picked</source>
            <translation>בליקוט</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="24" />
            <source>Ready for pickup</source>
            <translation>מוכנה לאיסוף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="25" />
            <source>Collected</source>
            <translation>נאספה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="26" />
            <location filename="../../clerk_app/ui/activity/words.py" line="92" />
            <source>Not collected</source>
            <translation>לא נאספה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="27" />
            <source>Restocked</source>
            <translation>הוחזרה למלאי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="28" />
            <source>Cancelled</source>
            <translation>בוטלה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="34" />
            <source>order %1</source>
            <translation>הזמנה %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="34" />
            <source>an order</source>
            <translation>הזמנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="54" />
            <source>Order %1 for pickup at %2</source>
            <translation>הזמנת %1 לאיסוף ב%2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="56" />
            <source>Add %1 to the online cart</source>
            <translation>הוספת %1 לסל הקניות באתר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="58" />
            <source>Start picking %1</source>
            <translation>התחלת ליקוט של %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="60" />
            <source>Mark %1 ready (shelf %2)</source>
            <translation>סימון %1 כמוכנה (מדף %2)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="63" />
            <source>Hand over %1 to %2</source>
            <translation>מסירת %1 לידי %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="64" />
            <source>Hand over %1</source>
            <translation>מסירת %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="67" />
            <source>Send a reminder for %1</source>
            <translation>שליחת תזכורת על %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="68" />
            <source>Tell the customer %1 is ready</source>
            <translation>הודעה ללקוח ש%1 מוכנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="70" />
            <source>Customer arrived for %1</source>
            <translation>הלקוח הגיע לאיסוף %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="72" />
            <source>Mark %1 as not collected</source>
            <translation>סימון %1 כלא נאספה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="74" />
            <source>Put %1 back in stock</source>
            <translation>החזרת %1 למלאי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="76" />
            <source>Cancel %1</source>
            <translation>ביטול %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="78" />
            <source>Note on %1</source>
            <translation>הערה על %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="78" />
            <source>a customer</source>
            <translation>לקוח</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/activity/words.py" line="80" />
            <source>Customer views recorded: %n</source>
            <translation>
                <numerusform>צפיות בלקוחות שנרשמו: %n</numerusform>
                <numerusform>צפיות בלקוחות שנרשמו: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="81" />
            <location filename="../../clerk_app/ui/activity/words.py" line="99" />
            <source>Another change</source>
            <translation>שינוי אחר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="87" />
            <source>Start picking</source>
            <translation>התחלת ליקוט</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="88" />
            <source>Mark ready</source>
            <translation>סימון כמוכנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="89" />
            <source>Hand over</source>
            <translation>מסירה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="90" />
            <source>Customer notice</source>
            <translation>הודעה ללקוח</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="91" />
            <source>Customer arrived</source>
            <translation>הלקוח הגיע</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="93" />
            <source>Put back in stock</source>
            <translation>החזרה למלאי</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="94" />
            <source>Cancel order</source>
            <translation>ביטול הזמנה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="95" />
            <source>Note</source>
            <translation>הערה</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="96" />
            <source>Record of customer views</source>
            <translation>תיעוד צפיות בלקוחות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="97" />
            <source>Order for pickup</source>
            <translation>הזמנה לאיסוף</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="98" />
            <source>Add to online cart</source>
            <translation>הוספה לסל הקניות באתר</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="121" />
            <source>%1 no longer has enough: %2 available there now.</source>
            <translation>ב%1 כבר אין מספיק: זמינים שם עכשיו %2.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="126" />
            <source>This order was cancelled: %1.</source>
            <translation>ההזמנה הזו בוטלה: %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="127" />
            <source>Someone else changed this order first: it is now “%1”.</source>
            <translation>מישהו אחר שינה את ההזמנה הזו קודם: הסטטוס שלה עכשיו "%1".</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="129" />
            <source>The pickup code did not match this order.</source>
            <translation>קוד האיסוף לא תואם להזמנה הזו.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="130" />
            <source>Only a manager may do this.</source>
            <translation>רק מנהל רשאי לבצע פעולה זו.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="131" />
            <source>The store server no longer has this record.</source>
            <translation>הרשומה הזו כבר לא קיימת בשרת החנות.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="132" />
            <source>Someone else changed this record first.</source>
            <translation>מישהו אחר שינה את הרשומה הזו קודם.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="133" />
            <source>The store server already has a different version of this action.</source>
            <translation>בשרת החנות כבר קיימת גרסה אחרת של הפעולה הזו.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="134" />
            <source>The store server does not know this action yet. It is kept here: retry it once the store server is updated.</source>
            <translation>שרת החנות עדיין לא מכיר את הפעולה הזו. היא נשמרת כאן: יש לנסות שוב אחרי ששרת החנות יעודכן.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="141" />
            <source>The store server did not accept it: %1</source>
            <translation>שרת החנות לא קיבל את הפעולה: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="142" />
            <source>The store server did not accept it.</source>
            <translation>שרת החנות לא קיבל את הפעולה.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/app.py" line="129" />
            <source>Generating three stores and %n customer(s)…</source>
            <translation>
                <numerusform>יצירת שלוש חנויות ולקוח אחד…</numerusform>
                <numerusform>יצירת שלוש חנויות ו-%n לקוחות…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="130" />
            <source>Setting up this computer as a counter of the first store…</source>
            <translation>הגדרת המחשב הזה כעמדה בחנות הראשונה…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="202" />
            <source>Preparing the demo store…</source>
            <translation>הכנת חנות ההדגמה…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="207" />
            <location filename="../../clerk_app/ui/app.py" line="329" />
            <source>Opening Clerk…</source>
            <translation>פתיחת קלרק…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="230" />
            <location filename="../../clerk_app/ui/app.py" line="376" />
            <source>Clerk</source>
            <translation>קלרק</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="240" />
            <source>The Clerk demo is already open on this computer.</source>
            <translation>ההדגמה של קלרק כבר פתוחה במחשב הזה.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="244" />
            <source>The demo could not start. The details are in Clerk's log file.</source>
            <translation>לא ניתן היה להפעיל את ההדגמה. הפרטים נמצאים בקובץ היומן של קלרק.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="254" />
            <source>Clerk could not open its secure storage.</source>
            <translation>קלרק לא הצליח לפתוח את האחסון המאובטח שלו.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="258" />
            <source>This computer has no secure storage for passwords, so you'll need to sign in again after restarting Clerk.</source>
            <translation>אין במחשב הזה אחסון מאובטח לסיסמאות, ולכן יהיה צורך להתחבר שוב אחרי הפעלה מחדש של קלרק.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="276" />
            <source>Clerk is already open on this computer. Switch to the open Clerk window.</source>
            <translation>קלרק כבר פתוח במחשב הזה. יש לעבור לחלון קלרק הפתוח.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="281" />
            <source>Clerk could not open its saved data.</source>
            <translation>קלרק לא הצליח לפתוח את הנתונים השמורים שלו.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="294" />
            <source>Connecting this computer to the store…</source>
            <translation>מחבר את המחשב הזה לחנות…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/app.py" line="361" />
            <source>The saved data on this computer was damaged and is being downloaded again; actions waiting to sync that were kept: %n.</source>
            <translation>
                <numerusform>הנתונים השמורים במחשב הזה נפגמו ומורדים מחדש; פעולות ממתינות לסנכרון שנשמרו: %n.</numerusform>
                <numerusform>הנתונים השמורים במחשב הזה נפגמו ומורדים מחדש; פעולות ממתינות לסנכרון שנשמרו: %n.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="364" />
            <source>Some actions waiting to sync could not be read and are lost; check them in the store system.</source>
            <translation>חלק מהפעולות שהמתינו לסנכרון לא היו קריאות ואבדו; יש לבדוק אותן במערכת החנות.</translation>
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="13" />
            <source>Online</source>
            <translation>מקוון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="14" />
            <source>Offline</source>
            <translation>לא מקוון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="15" />
            <source>Working offline</source>
            <translation>עבודה במצב לא מקוון</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="16" />
            <source>Device signed out</source>
            <translation>המחשב נותק מהחנות</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="17" />
            <source>Server trouble</source>
            <translation>תקלה בשרת</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="18" />
            <source>Update Clerk</source>
            <translation>יש לעדכן את קלרק</translation>
        </message>
    </context>
    <context>
        <name>format</name>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="162" />
            <source>never</source>
            <translation>אף פעם</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="165" />
            <source>just now</source>
            <translation>ממש עכשיו</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="167" />
            <source>%n min ago</source>
            <translation>
                <numerusform>לפני דקה</numerusform>
                <numerusform>לפני %n דק׳</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="169" />
            <source>%n h ago</source>
            <translation>
                <numerusform>לפני שעה</numerusform>
                <numerusform>לפני %n שע׳</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="170" />
            <source>%n d ago</source>
            <translation>
                <numerusform>לפני יום</numerusform>
                <numerusform>לפני %n ימים</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="180" />
            <source>%1 d %2 h</source>
            <translation>%1 ימ׳ %2 שע׳</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="183" />
            <source>%1 h %2 min</source>
            <translation>%1 שע׳ %2 דק׳</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="185" />
            <source>%n min</source>
            <translation>
                <numerusform>דקה אחת</numerusform>
                <numerusform>%n דק׳</numerusform>
            </translation>
        </message>
    </context>
</TS>
